package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.Delivery.ChangeKind;

/** A change of scope, time or budget, decided once by someone other than who asked. */
@Entity
@Table(name = "ps_change_request")
class ChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChangeKind kind;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(nullable = false, updatable = false)
    private String reason;
    @Column(name = "new_end_on", updatable = false)
    private LocalDate newEndOn;
    @Column(name = "new_amount", updatable = false)
    private BigDecimal newAmount;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;
    @Column
    private Boolean approved;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    protected ChangeRequest() {
    }

    ChangeRequest(Long projectId, ChangeKind kind, String description, String reason, LocalDate newEndOn,
                  BigDecimal newAmount, String requestedBy, LocalDateTime requestedAt) {
        this.projectId = projectId;
        this.kind = kind;
        this.description = description;
        this.reason = reason;
        this.newEndOn = newEndOn;
        this.newAmount = newAmount;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Once, and never by who asked: a change needs a second pair of eyes. */
    void decide(boolean approve, String note, String by, LocalDateTime at) {
        if (approved != null) {
            throw BusinessException.conflict("purchasedservice.error.wrong-status");
        }
        if (by.equals(requestedBy)) {
            throw BusinessException.forbidden("purchasedservice.error.change-own");
        }
        this.approved = approve;
        this.decisionNote = note;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    ChangeKind kind() { return kind; }
    String description() { return description; }
    String reason() { return reason; }
    LocalDate newEndOn() { return newEndOn; }
    BigDecimal newAmount() { return newAmount; }
    String requestedBy() { return requestedBy; }
    LocalDateTime requestedAt() { return requestedAt; }
    Boolean approved() { return approved; }
    String decisionNote() { return decisionNote; }
    String decidedBy() { return decidedBy; }
    LocalDateTime decidedAt() { return decidedAt; }
}
