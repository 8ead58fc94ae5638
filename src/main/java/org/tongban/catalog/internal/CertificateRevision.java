package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;

/**
 * One revision of an entry of the certificate lists. Its content never changes once written; only its end does: the
 * day before the next revision takes over, or the last day when the entry is retired.
 */
@Entity
@Table(name = "cat_certificate")
class CertificateRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int revision;

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

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    @Column(name = "change_reason", updatable = false)
    private String changeReason;

    @Column(name = "retired_by")
    private String retiredBy;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @Column(name = "retire_reason")
    private String retireReason;

    /** Two administrators ending the same revision at once (a revision and a retirement): one of them is refused. */
    @Version
    private Long version;

    protected CertificateRevision() {
    }

    String getCode() {
        return code;
    }

    int getRevision() {
        return revision;
    }

    private List<String> aliasList() {
        return aliases == null || aliases.isEmpty() ? List.of() : Arrays.asList(aliases.split(","));
    }

    /** Absent texts read as blank, so that readers of the list need no null checks. */
    CertificateType toCertificateType() {
        return new CertificateType(code, revision, listing, nameZh, orEmpty(nameEn), aliasList(), basisOrReason,
                orEmpty(referTo), replacement, orEmpty(requiredEvidence), orEmpty(factsChecked), homeVisit,
                orEmpty(template), validityDays, orEmpty(signerRole), orEmpty(source), effectiveFrom, effectiveTo);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
