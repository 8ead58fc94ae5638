package org.tongban.base.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.AuditEntry;
import org.tongban.base.AuditTrail;

@Entity
@Table(name = "base_audit_event")
class AuditEvent {

    static final int DETAIL_LENGTH = 1000;
    static final int TARGET_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private String target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditTrail.Outcome outcome;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(LocalDateTime occurredAt, String actor, String action, String target, AuditTrail.Outcome outcome,
               String detail) {
        this.occurredAt = occurredAt;
        this.actor = truncate(actor, 64);
        this.action = truncate(action, 64);
        this.target = truncate(target, TARGET_LENGTH);
        this.outcome = outcome;
        this.detail = truncate(detail, DETAIL_LENGTH);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, target, outcome, detail);
    }
}
