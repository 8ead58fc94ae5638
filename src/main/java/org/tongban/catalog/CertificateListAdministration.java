package org.tongban.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 证明事项清单维护 — administrators maintain the county's certificate lists: what a community may issue, and what it
 * does not issue with who does instead. As with the work-item list, entries are never edited in place and never
 * deleted: a change is a new revision from its effective date (the revision before ends the day before), and an
 * entry that no longer applies is retired from a last day on. Every change reaches {@link CertificateList} as soon
 * as it is committed and is written to the audit trail.
 *
 * <p>Changes take the revision the caller last saw and are refused with a conflict when the entry got another
 * revision in between. Refusals are {@link org.tongban.base.BusinessException}s with a
 * {@code catalog.error.certificate.*} message key; a refused change writes nothing.
 */
public interface CertificateListAdministration {

    int NAME_MAX = 300;
    int TEXT_MAX = 500;
    int TEMPLATE_MAX = 1000;
    int REASON_MAX = 300;
    int ALIAS_MAX = 20;
    int ALIASES_MAX = 20;
    /** Ten years; 0 is a certificate without a fixed term (长期有效). */
    int VALIDITY_DAYS_MAX = 3650;
    /** Who signs a certificate unless the county says otherwise: the community's director. */
    String DEFAULT_SIGNER_ROLE = "director";
    /** What a template may say of the certificate at hand; the certificate module fills them in. */
    List<String> PLACEHOLDERS = List.of("{持证人}", "{公民身份号码}", "{社区}", "{用途}", "{核实情况}");
    /** Without these a template states neither whom it is for nor what the community found. */
    List<String> REQUIRED_PLACEHOLDERS = List.of("{持证人}", "{核实情况}");

    /**
     * Entries in force on {@code day} (today when null) whose code, Chinese or English name or everyday names
     * contain {@code filter} (all when blank): the issued list, then the refused list, each by code.
     */
    List<CertificateEntry> list(String filter, LocalDate day);

    /** Every revision of an entry, oldest first; empty for an unknown code. */
    List<CertificateEntry> history(String code);

    /**
     * A new entry, revision 1 from {@code draft.effectiveFrom()}. Its code is {@code CE-} and three digits, and is
     * never used again for another entry.
     */
    CertificateEntry create(CertificateDraft draft);

    /**
     * A new revision of entry {@code code} from {@code draft.effectiveFrom()}, which must be after the current
     * revision's; the current revision stays in force until the day before. Refused while the latest revision is not
     * yet in force (one scheduled revision at a time) and once the entry is retired. Code and listing cannot change.
     */
    CertificateEntry revise(String code, int expectedRevision, CertificateDraft draft, String reason);

    /** Ends entry {@code code}: its latest revision is in force until {@code lastDay} and no longer after it. */
    CertificateEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason);

    /**
     * An entry's content as an administrator enters it. Fields of the other listing stay blank (false, null).
     *
     * @param aliases      the names residents use at the counter, separated by commas, 、 or spaces, e.g. "单身证明、未婚证明"
     * @param validityDays ISSUED: days from the issue date, 0 for no fixed term; REFUSED: null or 0
     * @param signerRole   ISSUED: a role code that can be held in a community; blank for
     *                     {@value #DEFAULT_SIGNER_ROLE}
     */
    record CertificateDraft(String code, CertificateListing listing, String nameZh, String nameEn, String aliases,
                            String basisOrReason, String referTo, CertificateReplacement replacement,
                            String requiredEvidence, String factsChecked, boolean homeVisit, String template,
                            Integer validityDays, String signerRole, String source, LocalDate effectiveFrom) {

        /** The draft that repeats {@code type}, e.g. to revise one field of it. */
        public static CertificateDraft of(CertificateType type) {
            return new CertificateDraft(type.code(), type.listing(), type.nameZh(), type.nameEn(),
                    String.join("、", type.aliases()), type.basisOrReason(), type.referTo(), type.replacement(),
                    type.requiredEvidence(), type.factsChecked(), type.homeVisit(), type.template(),
                    type.validityDays(), type.signerRole(), type.source(), type.effectiveFrom());
        }

        public CertificateDraft withEffectiveFrom(LocalDate day) {
            return new CertificateDraft(code, listing, nameZh, nameEn, aliases, basisOrReason, referTo, replacement,
                    requiredEvidence, factsChecked, homeVisit, template, validityDays, signerRole, source, day);
        }
    }

    /**
     * One revision as the administration screen shows it.
     *
     * @param changedBy  who made the revision
     * @param reason     why (for revision 1 of the seeded lists: their first publication)
     * @param retirement who retired the entry from this revision on, when and why; null unless retired
     */
    record CertificateEntry(CertificateType type, String changedBy, LocalDateTime changedAt, String reason,
                            Retirement retirement) {

        public String code() {
            return type.code();
        }

        public int revision() {
            return type.revision();
        }
    }

    record Retirement(String retiredBy, LocalDateTime retiredAt, String reason) {
    }
}
