package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.catalog.CertificateListAdministration;
import org.tongban.catalog.CertificateType;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.RoleAdministration;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class CertificateListAdministrationService implements CertificateListAdministration {

    /** The issued list, then the refused list; by code within each, as {@link CachedCertificateList} lists them. */
    private static final Comparator<CertificateEntry> LIST_ORDER = Comparator
            .comparing((CertificateEntry entry) -> entry.type().listing())
            .thenComparing(CertificateEntry::code);

    private final CertificateRevisions revisions;
    private final RoleAdministration roles;
    private final ListChanges<CertificateRevision> changes;

    /** Certificate issuance checks requests against the new lists as soon as a change commits. */
    CertificateListAdministrationService(CertificateRevisions revisions, CachedCertificateList certificateList,
                                         RoleAdministration roles, CurrentStaff currentStaff, AuditTrail audit,
                                         Clock clock) {
        this.revisions = revisions;
        this.roles = roles;
        this.changes = new ListChanges<>("certificate-list", revisions, CertificateRules.RULES,
                certificateList::invalidateAfterCompletion, currentStaff, audit, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificateEntry> list(String filter, LocalDate day) {
        LocalDate shown = day == null ? changes.today() : day;
        String text = ServiceItemRules.clean(filter);
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return revisions.findAll().stream()
                .map(CertificateRevision::toEntry)
                .filter(entry -> entry.type().inForceOn(shown))
                .filter(entry -> needle == null || matches(entry.type(), needle))
                .sorted(LIST_ORDER)
                .toList();
    }

    private static boolean matches(CertificateType type, String needle) {
        return type.code().toLowerCase(Locale.ROOT).contains(needle)
                || type.nameZh().contains(needle)
                || type.nameEn().toLowerCase(Locale.ROOT).contains(needle)
                || type.aliases().stream().anyMatch(alias -> alias.contains(needle));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CertificateEntry> history(String code) {
        return changes.history(code).stream().map(CertificateRevision::toEntry).toList();
    }

    @Override
    public CertificateEntry create(CertificateDraft draft) {
        String code = CertificateRules.code(draft.code());
        changes.requireFree(code);
        CertificateContent content = CertificateRules.check(draft, this::isCommunityRole);
        LocalDate from = CertificateRules.RULES.day(draft.effectiveFrom(), "effective-from");
        CertificateRevision first = new CertificateRevision(code, 1, content, from, changes.actor(), changes.now(),
                null);
        return changes.create(first, AuditDetails.describe(fields(content))).toEntry();
    }

    @Override
    public CertificateEntry revise(String code, int expectedRevision, CertificateDraft draft, String reason) {
        CertificateRevision latest = changes.latest(code, expectedRevision);
        changes.requireSameCode(latest, draft.code());
        CertificateContent before = latest.content();
        if (draft.listing() != null && draft.listing() != before.listing()) {
            throw CertificateRules.RULES.invalid("listing-fixed", CertificateRules.listingName(before.listing()));
        }
        CertificateContent content = CertificateRules.check(draft, this::isCommunityRole);
        LocalDate from = CertificateRules.RULES.day(draft.effectiveFrom(), "effective-from");
        String why = CertificateRules.RULES.reason(reason);
        CertificateRevision next = latest.followWith(content, from, changes.today(), changes.actor(), changes.now(),
                why);
        return changes.revise(latest, next, AuditDetails.changes(fields(before), fields(content))).toEntry();
    }

    @Override
    public CertificateEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason) {
        return changes.retire(code, expectedRevision, lastDay, reason).toEntry();
    }

    /** The director signs unless the county names another role; nobody could hold a role communities do not have. */
    private boolean isCommunityRole(String code) {
        return roles.list().stream()
                .anyMatch(role -> role.code().equals(code) && role.unitKinds().contains(OrgUnitKind.COMMUNITY));
    }

    private static Map<String, String> fields(CertificateContent content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("listing", content.listing().name());
        fields.put("nameZh", content.nameZh());
        fields.put("nameEn", String.valueOf(content.nameEn()));
        fields.put("aliases", String.join(",", content.aliases()));
        fields.put("basisOrReason", content.basisOrReason());
        fields.put("referTo", String.valueOf(content.referTo()));
        fields.put("replacement", content.replacement().name());
        fields.put("requiredEvidence", String.valueOf(content.requiredEvidence()));
        fields.put("factsChecked", String.valueOf(content.factsChecked()));
        fields.put("homeVisit", String.valueOf(content.homeVisit()));
        fields.put("template", String.valueOf(content.template()));
        fields.put("validityDays", String.valueOf(content.validityDays()));
        fields.put("signerRole", String.valueOf(content.signerRole()));
        fields.put("source", String.valueOf(content.source()));
        return fields;
    }
}
