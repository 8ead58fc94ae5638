package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Conflicts;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderQuery;
import org.tongban.purchasedservice.ServiceProvider;

@Service
@Transactional
@RolesAllowed({Roles.ADMIN_AUTHORITY, ProviderAdministrationService.PROJECT_MANAGER_AUTHORITY,
        ProviderAdministrationService.PROVIDER_AUTHORITY})
class ProviderAdministrationService implements ProviderAdministration {

    /** {@code @RolesAllowed} names of {@link Roles#PROJECT_MANAGER} and {@link Roles#PROVIDER}. */
    static final String PROJECT_MANAGER_AUTHORITY = "PROJECT_MANAGER";
    static final String PROVIDER_AUTHORITY = "PROVIDER";
    static final String ACTION = "purchasedservice.provider";
    private static final String ERROR = ProviderRules.ERROR;
    private static final Conflicts CONFLICTS = new Conflicts(ERROR + "concurrent-modification");

    private final Providers providers;
    private final ProviderQualificationRecords qualifications;
    private final ProviderBlacklistEntries blacklist;
    private final JpaServiceProviders reads;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderAdministrationService(Providers providers, ProviderQualificationRecords qualifications,
                                  ProviderBlacklistEntries blacklist, JpaServiceProviders reads, Directory directory,
                                  CurrentStaff currentStaff, AuditTrail audit, Clock clock) {
        this.providers = providers;
        this.qualifications = qualifications;
        this.blacklist = blacklist;
        this.reads = reads;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public List<ServiceProvider> list(ProviderQuery query, long offset, int limit) {
        viewer().requireManager(".list", "providers", "manager-only");
        return reads.list(query, offset, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public long count(ProviderQuery query) {
        viewer().requireManager(".list", "providers", "manager-only");
        return reads.count(query);
    }

    @Override
    @Transactional(readOnly = true)
    public ProviderProfile profile(String code) {
        Viewer viewer = viewer();
        viewer.requireSees(code, ".read");
        return profileOf(require(code), viewer);
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(PROVIDER_AUTHORITY)
    public ProviderProfile mine() {
        Viewer viewer = viewer();
        List<Provider> own = providers.findByUnitCodeInOrderByUnitCode(viewer.units());
        if (own.isEmpty()) {
            String unit = viewer.units().stream().sorted().findFirst().orElse("");
            throw BusinessException.notFound(ERROR + "mine-unregistered",
                    directory.findUnit(unit).map(OrgUnitSummary::name).orElse(unit));
        }
        return profileOf(own.get(0), viewer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrgUnitSummary> registrableUnits() {
        viewer().requireManager(".register", "providers", "manager-only");
        Set<String> registered = Set.copyOf(providers.unitCodes());
        return Stream.of(OrgUnitKind.PROVIDER, OrgUnitKind.COMMUNITY).flatMap(kind -> directory.units(kind).stream())
                .filter(unit -> unit.active() && !registered.contains(unit.code())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Scan scan(String code, long qualificationId) {
        viewer().requireSees(code, ".scan");
        Provider provider = require(code);
        ProviderQualificationListing listing = qualifications.listingOf(provider.id()).stream()
                .filter(entry -> entry.id() == qualificationId).findFirst()
                .orElseThrow(() -> qualificationNotFound(qualificationId));
        byte[] content = qualifications.content(qualificationId, provider.id())
                .orElseThrow(() -> qualificationNotFound(qualificationId));
        return new Scan(listing.fileName(), listing.contentType(), content);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Blacklisting> blacklistOf(String code) {
        viewer().requireManager(".blacklist.read", target(code), "blacklist-forbidden");
        return blacklist.findByProviderIdOrderByStartsOnDescIdDesc(require(code).id()).stream()
                .map(ProviderAdministrationService::toBlacklisting).toList();
    }

    // --- the profile ---

    @Override
    public ServiceProvider register(String unitCode, ProviderDraft draft) {
        viewer().requireManager(".register", target(unitCode), "manager-only");
        OrgUnitSummary unit = registrableUnit(unitCode);
        ProviderProfileFacts facts = ProviderRules.profile(draft, today());
        ProviderRules.kindFitsUnit(facts.kind(), unit.kind() == OrgUnitKind.COMMUNITY, unit.name());
        providers.findFirstByCreditCode(facts.creditCode()).ifPresent(other -> {
            throw creditCodeTaken(facts.creditCode(), other);
        });
        Provider provider = providers.save(new Provider(unit.code(), facts, actor(), now()));
        CONFLICTS.flush(providers, ERROR + "registered-meanwhile", unit.name());
        audit.allowed(ACTION + ".register", target(unit.code()), facts.describe());
        return reads.toServiceProvider(provider);
    }

    @Override
    public ServiceProvider edit(String code, ProviderDraft draft, long expectedVersion) {
        Viewer viewer = viewer();
        viewer.requireSees(code, ".edit");
        Provider provider = lock(code);
        CONFLICTS.requireVersion(provider.version(), expectedVersion);
        ProviderProfileFacts facts = ProviderRules.profile(draft, today());
        OrgUnitKind unitKind = directory.findUnit(provider.unitCode()).map(OrgUnitSummary::kind).orElse(null);
        ProviderRules.kindFitsUnit(facts.kind(), unitKind == OrgUnitKind.COMMUNITY, provider.name());
        providers.findFirstByCreditCodeAndIdNot(facts.creditCode(), provider.id()).ifPresent(other -> {
            throw creditCodeTaken(facts.creditCode(), other);
        });
        ProviderProfileFacts before = provider.facts();
        if (provider.change(facts, actor(), now())) {
            CONFLICTS.flush(providers, CONFLICTS.staleKey());
            audit.allowed(ACTION + ".edit", target(provider.unitCode()), facts.describeChanges(before));
        }
        return shown(provider, viewer);
    }

    @Override
    public ServiceProvider deactivate(String code, String reason, long expectedVersion) {
        viewer().requireManager(".deactivate", target(code), "manager-only");
        Provider provider = lock(code);
        CONFLICTS.requireVersion(provider.version(), expectedVersion);
        String why = ProviderRules.reason(reason);
        provider.deactivate(actor(), now());
        CONFLICTS.flush(providers, CONFLICTS.staleKey());
        audit.allowed(ACTION + ".deactivate", target(provider.unitCode()), "reason: " + why);
        return reads.toServiceProvider(provider);
    }

    @Override
    public ServiceProvider reactivate(String code, long expectedVersion) {
        viewer().requireManager(".reactivate", target(code), "manager-only");
        Provider provider = lock(code);
        CONFLICTS.requireVersion(provider.version(), expectedVersion);
        provider.reactivate(actor(), now());
        CONFLICTS.flush(providers, CONFLICTS.staleKey());
        audit.allowed(ACTION + ".reactivate", target(provider.unitCode()), provider.name());
        return reads.toServiceProvider(provider);
    }

    // --- qualifications ---

    @Override
    public Qualification addQualification(String code, QualificationDraft draft) {
        viewer().requireSees(code, ".qualification.add");
        Provider provider = require(code);
        String name = ProviderRules.line(draft.name(), "qualification-name", QUALIFICATION_NAME_MAX);
        String number = ProviderRules.line(draft.number(), "qualification-number", QUALIFICATION_NUMBER_MAX);
        String issuer = ProviderRules.line(draft.issuer(), "issuer", AUTHORITY_MAX);
        if (draft.validUntil() != null && draft.validUntil().isBefore(today())) {
            throw BusinessException.invalid(ERROR + "valid-until-past", name, draft.validUntil().toString());
        }
        if (draft.scan() == null) {
            throw BusinessException.invalid(ERROR + "scan-required");
        }
        String fileName = UploadedFiles.safeName(draft.fileName());
        String contentType = UploadedFiles.contentType(fileName, draft.scan(), SCAN_MAX_BYTES);
        String sha256 = UploadedFiles.sha256(draft.scan());
        ProviderQualificationRecord added = qualifications.save(new ProviderQualificationRecord(provider.id(), name,
                number, issuer, draft.validUntil(), fileName, contentType, draft.scan().clone(), sha256, actor(),
                now()));
        qualifications.flush();
        audit.allowed(ACTION + ".qualification.add", target(provider.unitCode()), "id=" + added.id() + ", name="
                + name + ", number=" + number + ", issuer=" + issuer + ", validUntil="
                + Objects.toString(draft.validUntil(), "-") + ", file=" + fileName + ", sha256=" + sha256);
        return toQualification(added);
    }

    @Override
    public Qualification removeQualification(String code, long qualificationId, String reason) {
        viewer().requireSees(code, ".qualification.remove");
        Provider provider = require(code);
        ProviderQualificationRecord qualification = qualifications.findByIdAndProviderId(qualificationId,
                provider.id()).orElseThrow(() -> qualificationNotFound(qualificationId));
        String why = ProviderRules.reason(reason);
        qualification.remove(actor(), now(), why);
        qualifications.flush();
        audit.allowed(ACTION + ".qualification.remove", target(provider.unitCode()),
                "id=" + qualificationId + ", name=" + qualification.name() + "; reason: " + why);
        return toQualification(qualification);
    }

    // --- the blacklist ---

    @Override
    public Blacklisting blacklist(String code, BlacklistDraft draft) {
        viewer().requireManager(".blacklist", target(code), "blacklist-forbidden");
        Provider provider = lock(code);
        String why = ProviderRules.reason(draft.reason());
        ProviderRules.term(draft, today());
        blacklist.findByProviderIdOrderByStartsOnDescIdDesc(provider.id()).stream()
                .filter(entry -> entry.overlaps(draft.from(), draft.until())).findFirst().ifPresent(entry -> {
                    throw BusinessException.conflict(ERROR + "term-overlap", provider.name(),
                            entry.startsOn().toString(), entry.endsOn().toString());
                });
        ProviderBlacklistEntry entry = blacklist.save(new ProviderBlacklistEntry(provider.id(), why, draft.from(),
                draft.until(), actor(), now()));
        blacklist.flush();
        audit.allowed(ACTION + ".blacklist", target(provider.unitCode()), "id=" + entry.id() + ", from="
                + draft.from() + ", until=" + draft.until() + "; reason: " + why);
        return toBlacklisting(entry);
    }

    @Override
    public Blacklisting lift(String code, long blacklistingId, String reason) {
        viewer().requireManager(".lift", target(code), "blacklist-forbidden");
        Provider provider = lock(code);
        ProviderBlacklistEntry entry = blacklist.findByIdAndProviderId(blacklistingId, provider.id())
                .orElseThrow(() -> BusinessException.notFound(ERROR + "blacklisting-not-found", blacklistingId));
        String why = ProviderRules.reason(reason);
        entry.lift(actor(), now(), why);
        blacklist.flush();
        audit.allowed(ACTION + ".lift", target(provider.unitCode()), "id=" + blacklistingId + ", term="
                + entry.startsOn() + "…" + entry.endsOn() + "; reason: " + why);
        return toBlacklisting(entry);
    }

    // --- who may do what ---

    /**
     * Administrators and project managers keep every provider ({@code units} null); a provider contact its own
     * units' providers.
     */
    private final class Viewer {

        private final Set<String> units;

        private Viewer(Set<String> units) {
            this.units = units;
        }

        boolean manages() {
            return units == null;
        }

        Set<String> units() {
            return units == null ? Set.of() : units;
        }

        void requireSees(String code, String action) {
            String cleaned = ProviderRules.clean(code);
            if (!manages() && (cleaned == null || !units.contains(cleaned))) {
                audit.denied(ACTION + action, target(code), "not a contact of provider " + code);
                throw BusinessException.forbidden(ERROR + "other-provider", Objects.toString(cleaned, ""));
            }
        }

        void requireManager(String action, String target, String refusal) {
            if (!manages()) {
                audit.denied(ACTION + action, target, "a provider contact may not do this");
                throw BusinessException.forbidden(ERROR + refusal);
            }
        }
    }

    private Viewer viewer() {
        StaffPrincipal me = currentStaff.require();
        if (me.hasRole(Roles.ADMIN) || me.hasRole(Roles.PROJECT_MANAGER)) {
            return new Viewer(null);
        }
        return new Viewer(me.assignments().stream().filter(assignment -> Roles.PROVIDER.equals(assignment.roleCode()))
                .map(RoleAssignmentView::unitCode).collect(Collectors.toUnmodifiableSet()));
    }

    // --- helpers ---

    /** A unit a provider may be registered on: an active provider unit or community, not registered yet. */
    private OrgUnitSummary registrableUnit(String unitCode) {
        String code = ProviderRules.clean(unitCode);
        if (code == null) {
            throw BusinessException.invalid(ERROR + "unit-required");
        }
        OrgUnitSummary unit = directory.findUnit(code)
                .orElseThrow(() -> BusinessException.invalid(ERROR + "unit-unknown", code));
        if (unit.kind() != OrgUnitKind.PROVIDER && unit.kind() != OrgUnitKind.COMMUNITY) {
            throw BusinessException.invalid(ERROR + "unit-kind", unit.name(),
                    new DefaultMessageSourceResolvable(new String[] {unit.kind().messageKey()}, unit.kind().name()));
        }
        if (!unit.active()) {
            throw BusinessException.invalid(ERROR + "unit-inactive", unit.name());
        }
        if (providers.existsByUnitCode(unit.code())) {
            throw BusinessException.conflict(ERROR + "unit-registered", unit.name());
        }
        return unit;
    }

    private Provider require(String code) {
        String cleaned = ProviderRules.clean(code);
        return (cleaned == null ? java.util.Optional.<Provider>empty() : providers.findByUnitCode(cleaned))
                .orElseThrow(() -> notFound(code));
    }

    private Provider lock(String code) {
        String cleaned = ProviderRules.clean(code);
        return (cleaned == null ? java.util.Optional.<Provider>empty() : providers.lockByUnitCode(cleaned))
                .orElseThrow(() -> notFound(code));
    }

    private ProviderProfile profileOf(Provider provider, Viewer viewer) {
        return new ProviderProfile(shown(provider, viewer), qualifications.listingOf(provider.id()).stream()
                .map(ProviderQualificationListing::toQualification).toList());
    }

    /** A provider contact does not see the blacklist, not even whether its own provider is on it. */
    private ServiceProvider shown(Provider provider, Viewer viewer) {
        ServiceProvider read = reads.toServiceProvider(provider);
        return viewer.manages() || read.blacklistedUntil() == null ? read
                : new ServiceProvider(read.code(), read.unitName(), read.name(), read.kind(), read.creditCode(),
                        read.legalRepresentative(), read.contactPerson(), read.contactMobile(), read.address(),
                        read.establishedOn(), read.registrationAuthority(), read.partyOrganisation(), read.services(),
                        read.active(), null, read.version());
    }

    private static BusinessException notFound(String code) {
        return BusinessException.notFound(ERROR + "not-found", Objects.toString(code, ""));
    }

    private static BusinessException qualificationNotFound(long qualificationId) {
        return BusinessException.notFound(ERROR + "qualification-not-found", qualificationId);
    }

    private static BusinessException creditCodeTaken(String creditCode, Provider other) {
        return BusinessException.conflict(ERROR + "credit-code-taken", creditCode, other.name());
    }

    private static Qualification toQualification(ProviderQualificationRecord record) {
        return new Qualification(record.id(), record.name(), record.number(), record.issuer(), record.validUntil(),
                record.fileName(), record.contentType(), record.sizeBytes(), record.addedBy(), record.addedAt(),
                record.removedBy(), record.removedAt(), record.removeReason());
    }

    private static Blacklisting toBlacklisting(ProviderBlacklistEntry entry) {
        return new Blacklisting(entry.id(), entry.reason(), entry.startsOn(), entry.endsOn(), entry.enteredBy(),
                entry.enteredAt(), entry.liftedBy(), entry.liftedAt(), entry.liftReason());
    }

    private static String target(String code) {
        return "provider:" + Objects.toString(ProviderRules.clean(code), "");
    }

    private String actor() {
        return currentStaff.require().getUsername();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whole seconds: the MySQL profile stores no fractions (sendFractionalSeconds=false). */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
