package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One revision of an entry of the county's certificate lists. Like the work-item list, an entry is never edited in
 * place: a change is a new revision from its effective date, and the revision before ends the day before.
 *
 * @param code             stable code, e.g. {@code CE-031}
 * @param revision         1, 2, 3, …
 * @param listing          {@link CertificateListing#ISSUED} (the community may issue it) or {@code REFUSED}
 * @param aliases          the names residents use for it at the counter (单身证明 for 婚姻状况证明), for the lookup
 * @param basisOrReason    ISSUED: the law, regulation or State Council decision it rests on; REFUSED: why the
 *                         community does not issue it
 * @param referTo          REFUSED: the body that issues or verifies it instead (printed for the resident); else blank
 * @param replacement      REFUSED: what replaces it; ISSUED: {@link CertificateReplacement#NONE}
 * @param requiredEvidence ISSUED: what the resident brings (e.g. 户口簿、租赁合同), as published; else blank
 * @param factsChecked     ISSUED: what the community checks itself (e.g. 实际居住情况); else blank
 * @param homeVisit        ISSUED: the fact check includes a home visit (入户核实)
 * @param template         ISSUED: the certificate's statement, with the placeholders {@code {持证人}},
 *                         {@code {公民身份号码}}, {@code {社区}}, {@code {用途}} and {@code {核实情况}} (what the fact
 *                         check found); else blank
 * @param validityDays     ISSUED: calendar days the certificate is valid from its issue date, 0 for no fixed term
 *                         (长期有效, e.g. a guardian designation); 0 for REFUSED
 * @param signerRole       ISSUED: the role that approves and signs ({@code director} unless the county says
 *                         otherwise); else blank
 * @param source           where the entry comes from (document and article)
 * @param effectiveTo      last day in force, null while open-ended
 */
public record CertificateType(String code, int revision, CertificateListing listing, String nameZh, String nameEn,
                              List<String> aliases, String basisOrReason, String referTo, CertificateReplacement replacement,
                              String requiredEvidence, String factsChecked, boolean homeVisit, String template,
                              int validityDays, String signerRole, String source, LocalDate effectiveFrom,
                              LocalDate effectiveTo) {

    public CertificateType {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean issuable() {
        return listing == CertificateListing.ISSUED;
    }
}
