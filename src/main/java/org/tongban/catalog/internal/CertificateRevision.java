package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.tongban.catalog.CertificateListAdministration.CertificateEntry;
import org.tongban.catalog.CertificateListAdministration.Retirement;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;

/**
 * One revision of an entry of the certificate lists. Its content never changes once written; only its end does: the
 * day before the next revision takes over, or the last day when the entry is retired.
 */
@Entity
@Table(name = "cat_certificate")
class CertificateRevision extends ListRevision<CertificateContent> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CertificateListing listing;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", updatable = false)
    private String nameEn;

    /** Comma-separated, e.g. {@code 单身证明,未婚证明}. */
    @Column(updatable = false)
    private String aliases;

    @Column(name = "basis_or_reason", nullable = false, updatable = false)
    private String basisOrReason;

    @Column(name = "refer_to", updatable = false)
    private String referTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CertificateReplacement replacement;

    @Column(name = "required_evidence", updatable = false)
    private String requiredEvidence;

    @Column(name = "facts_checked", updatable = false)
    private String factsChecked;

    @Column(name = "home_visit", nullable = false, updatable = false)
    private boolean homeVisit;

    @Column(updatable = false)
    private String template;

    @Column(name = "validity_days", nullable = false, updatable = false)
    private int validityDays;

    @Column(name = "signer_role", updatable = false)
    private String signerRole;

    @Column(updatable = false)
    private String source;

    protected CertificateRevision() {
    }

    CertificateRevision(String code, int revision, CertificateContent content, LocalDate effectiveFrom, String actor,
                        LocalDateTime now, String reason) {
        super(code, revision, effectiveFrom, actor, now, reason);
        this.listing = content.listing();
        this.nameZh = content.nameZh();
        this.nameEn = content.nameEn();
        this.aliases = joinWords(content.aliases());
        this.basisOrReason = content.basisOrReason();
        this.referTo = content.referTo();
        this.replacement = content.replacement();
        this.requiredEvidence = content.requiredEvidence();
        this.factsChecked = content.factsChecked();
        this.homeVisit = content.homeVisit();
        this.template = content.template();
        this.validityDays = content.validityDays();
        this.signerRole = content.signerRole();
        this.source = content.source();
    }

    /**
     * The revision that follows this one from {@code nextFrom}, with this one ending the day before. Only the latest
     * revision is followed, once it is in force ({@code today}), while the entry is not retired.
     */
    CertificateRevision followWith(CertificateContent content, LocalDate nextFrom, LocalDate today, String actor,
                                   LocalDateTime now, String reason) {
        endBefore(content, nextFrom, today);
        return new CertificateRevision(getCode(), getRevision() + 1, content, nextFrom, actor, now, reason);
    }

    @Override
    CertificateContent content() {
        return new CertificateContent(listing, nameZh, nameEn, splitWords(aliases), basisOrReason, referTo,
                replacement, requiredEvidence, factsChecked, homeVisit, template, validityDays, signerRole, source);
    }

    @Override
    ListEntryRules rules() {
        return CertificateRules.RULES;
    }

    /** Absent texts read as blank, so that readers of the list need no null checks. */
    CertificateType toCertificateType() {
        return new CertificateType(getCode(), getRevision(), listing, nameZh, orEmpty(nameEn), splitWords(aliases),
                basisOrReason, orEmpty(referTo), replacement, orEmpty(requiredEvidence), orEmpty(factsChecked),
                homeVisit, orEmpty(template), validityDays, orEmpty(signerRole), orEmpty(source), getEffectiveFrom(),
                getEffectiveTo());
    }

    CertificateEntry toEntry() {
        return new CertificateEntry(toCertificateType(), getChangedBy(), getChangedAt(), getChangeReason(),
                isRetired() ? new Retirement(getRetiredBy(), getRetiredAt(), getRetireReason()) : null);
    }
}
