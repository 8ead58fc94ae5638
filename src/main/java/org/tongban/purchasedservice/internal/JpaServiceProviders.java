package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.OffsetPageRequest;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffSummary;
import org.tongban.purchasedservice.ProviderIneligibility;
import org.tongban.purchasedservice.ProviderIneligibility.Reason;
import org.tongban.purchasedservice.ProviderQuery;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * {@link ServiceProviders} over the register's tables, open to every caller; the administration service reads
 * through it too, after checking who asks.
 */
@Service
@Transactional(readOnly = true)
class JpaServiceProviders implements ServiceProviders {

    private static final Sort BY_CODE = Sort.by("unitCode");

    private final Providers providers;
    private final ProviderQualificationRecords qualifications;
    private final ProviderBlacklistEntries blacklist;
    private final Directory directory;
    private final Clock clock;

    JpaServiceProviders(Providers providers, ProviderQualificationRecords qualifications,
                        ProviderBlacklistEntries blacklist, Directory directory, Clock clock) {
        this.providers = providers;
        this.qualifications = qualifications;
        this.blacklist = blacklist;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Optional<ServiceProvider> find(String code) {
        String cleaned = ProviderRules.clean(code);
        return cleaned == null ? Optional.empty() : providers.findByUnitCode(cleaned).map(this::toServiceProvider);
    }

    @Override
    public List<ServiceProvider> list(ProviderQuery query, long offset, int limit) {
        LocalDate today = today();
        return toServiceProviders(providers.findAll(where(query, today),
                new OffsetPageRequest(offset, limit, BY_CODE)).getContent(), today);
    }

    @Override
    public long count(ProviderQuery query) {
        return providers.count(where(query, today()));
    }

    @Override
    public Optional<ServiceProvider> ofUser(String username) {
        String login = ProviderRules.clean(username);
        List<String> units = (login == null ? Optional.<StaffSummary>empty() : directory.findStaff(login))
                .map(staff -> staff.assignments().stream()
                        .filter(assignment -> Roles.PROVIDER.equals(assignment.roleCode()))
                        .map(RoleAssignmentView::unitCode).toList())
                .orElse(List.of());
        return units.isEmpty() ? Optional.empty()
                : providers.findByUnitCodeInOrderByUnitCode(units).stream().findFirst().map(this::toServiceProvider);
    }

    @Override
    public Optional<ProviderIneligibility> eligibility(String code, LocalDate day) {
        Objects.requireNonNull(day, "day");
        String cleaned = ProviderRules.clean(code);
        Optional<Provider> found = cleaned == null ? Optional.empty() : providers.findByUnitCode(cleaned);
        if (found.isEmpty()) {
            return Optional.of(new ProviderIneligibility(Reason.UNKNOWN, Objects.toString(cleaned, ""), null, null));
        }
        Provider provider = found.get();
        boolean unitActive = directory.findUnit(provider.unitCode()).map(OrgUnitSummary::active).orElse(false);
        if (!provider.active() || !unitActive) {
            return Optional.of(new ProviderIneligibility(Reason.INACTIVE, provider.name(), null, null));
        }
        Optional<LocalDate> barredUntil = blacklist.inForce(List.of(provider.id()), day, day.plusDays(1).atStartOfDay())
                .stream().map(ProviderBlacklistEntry::endsOn).max(LocalDate::compareTo);
        if (barredUntil.isPresent()) {
            return Optional.of(new ProviderIneligibility(Reason.BLACKLISTED, provider.name(), barredUntil.get(), null));
        }
        return qualifications.expiredBefore(provider.id(), day).stream().findFirst()
                .map(expired -> new ProviderIneligibility(Reason.QUALIFICATION_EXPIRED, provider.name(),
                        expired.validUntil(), expired.name()));
    }

    // --- shared with the administration service ---

    ServiceProvider toServiceProvider(Provider provider) {
        return toServiceProviders(List.of(provider), today()).get(0);
    }

    /** With the units' names and today's blacklist in two reads, however many providers. */
    private List<ServiceProvider> toServiceProviders(List<Provider> page, LocalDate today) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> barredUntil = blacklist.inForce(page.stream().map(Provider::id).toList(), today,
                        today.plusDays(1).atStartOfDay()).stream()
                .collect(Collectors.toMap(ProviderBlacklistEntry::providerId, ProviderBlacklistEntry::endsOn,
                        (one, other) -> one.isAfter(other) ? one : other));
        Map<String, String> unitNames = unitNames(page.stream().map(Provider::unitCode).toList());
        List<ServiceProvider> result = new ArrayList<>();
        for (Provider provider : page) {
            ProviderProfileFacts facts = provider.facts();
            result.add(new ServiceProvider(provider.unitCode(), unitNames.get(provider.unitCode()), facts.name(),
                    facts.kind(), facts.creditCode(), facts.legalRepresentative(), facts.contactPerson(),
                    facts.contactMobile(), facts.address(), facts.establishedOn(), facts.registrationAuthority(),
                    facts.partyOrganisation(), facts.services(), provider.active(), barredUntil.get(provider.id()),
                    provider.version()));
        }
        return result;
    }

    private Map<String, String> unitNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (codes.size() == 1) {
            String code = codes.iterator().next();
            names.put(code, directory.findUnit(code).map(OrgUnitSummary::name).orElse(code));
            return names;
        }
        for (OrgUnitKind kind : List.of(OrgUnitKind.PROVIDER, OrgUnitKind.COMMUNITY)) {
            directory.units(kind).forEach(unit -> names.put(unit.code(), unit.name()));
        }
        codes.forEach(code -> names.putIfAbsent(code, code));
        return names;
    }

    /** The providers a query asks for; "blacklisted" means on {@code today}'s blacklist. */
    private static Specification<Provider> where(ProviderQuery query, LocalDate today) {
        ProviderQuery asked = query == null ? ProviderQuery.all() : query;
        List<Specification<Provider>> parts = new ArrayList<>();
        String text = ProviderRules.clean(asked.text());
        if (text != null) {
            String contains = "%" + escape(text) + "%";
            String startsWith = escape(text.toUpperCase(Locale.ROOT)) + "%";
            parts.add((root, q, cb) -> cb.or(cb.like(root.get("name"), contains, '\\'),
                    cb.like(root.get("unitCode"), startsWith, '\\'),
                    cb.like(root.get("creditCode"), startsWith, '\\')));
        }
        if (asked.kind() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("kind"), asked.kind()));
        }
        if (asked.blacklisted() != null) {
            parts.add((root, q, cb) -> {
                Subquery<Long> barring = q.subquery(Long.class);
                var entry = barring.from(ProviderBlacklistEntry.class);
                barring.select(entry.get("id")).where(cb.equal(entry.get("providerId"), root.get("id")),
                        cb.lessThanOrEqualTo(entry.get("startsOn"), today),
                        cb.greaterThanOrEqualTo(entry.get("endsOn"), today),
                        cb.or(cb.isNull(entry.get("liftedAt")),
                                cb.greaterThanOrEqualTo(entry.get("liftedAt"), today.plusDays(1).atStartOfDay())));
                return asked.blacklisted() ? cb.exists(barring) : cb.not(cb.exists(barring));
            });
        }
        return Specification.allOf(parts);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
