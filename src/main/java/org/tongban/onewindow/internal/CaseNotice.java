package org.tongban.onewindow.internal;

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

import org.tongban.onewindow.NoticeKind;

/** A notice as issued; the PDF is rendered from these fields, so a reprint is identical to the original. */
@Entity
@Table(name = "ow_case_notice")
class CaseNotice {

    private static final String ITEM_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;
    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;
    @Column(name = "issued_at", nullable = false, updatable = false)
    private LocalDateTime issuedAt;
    @Column(name = "issued_by", updatable = false)
    private String issuedBy;
    @Column(updatable = false)
    private String items;
    @Column(updatable = false)
    private String reason;
    @Column(name = "refer_to", updatable = false)
    private String referTo;

    protected CaseNotice() {
    }

    CaseNotice(Long caseId, NoticeKind kind, LocalDateTime issuedAt, String issuedBy, List<String> items,
               String reason, String referTo) {
        this.caseId = caseId;
        this.kind = kind;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedAt.toLocalDate();
        this.issuedBy = issuedBy;
        this.items = items == null || items.isEmpty() ? null : String.join(ITEM_SEPARATOR, items);
        this.reason = reason;
        this.referTo = referTo;
    }

    Long id() { return id; }
    Long caseId() { return caseId; }
    NoticeKind kind() { return kind; }
    LocalDate issuedOn() { return issuedOn; }
    String issuedBy() { return issuedBy; }
    String reason() { return reason; }
    String referTo() { return referTo; }

    List<String> items() {
        return items == null ? List.of() : Arrays.asList(items.split(ITEM_SEPARATOR));
    }
}
