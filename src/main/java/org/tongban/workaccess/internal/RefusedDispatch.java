package org.tongban.workaccess.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchRefusal;

/** A dispatch the gate refused: who tried, when, what, to whom, and why. The 减负 figure counts these. */
@Entity
@Table(name = "wa_refused_dispatch")
class RefusedDispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "attempted_at", nullable = false, updatable = false)
    private LocalDateTime attemptedAt;
    @Column(name = "attempted_by", updatable = false)
    private String attemptedBy;
    @Column(name = "department_code", updatable = false)
    private String departmentCode;
    @Column(name = "decision_number", updatable = false)
    private String decisionNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DispatchChannel channel;
    @Column(updatable = false)
    private String title;
    @Column(name = "community_codes", nullable = false, updatable = false)
    private String communityCodes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DispatchRefusal reason;
    @Column(updatable = false)
    private String detail;

    protected RefusedDispatch() {
    }

    RefusedDispatch(LocalDateTime attemptedAt, String attemptedBy, String departmentCode, String decisionNumber,
                    DispatchChannel channel, String title, String communityCodes, DispatchRefusal reason,
                    String detail) {
        this.attemptedAt = attemptedAt;
        this.attemptedBy = attemptedBy;
        this.departmentCode = departmentCode;
        this.decisionNumber = decisionNumber;
        this.channel = channel;
        this.title = title;
        this.communityCodes = communityCodes;
        this.reason = reason;
        this.detail = detail;
    }

    Long id() { return id; }
    LocalDateTime attemptedAt() { return attemptedAt; }
    String attemptedBy() { return attemptedBy; }
    String departmentCode() { return departmentCode; }
    String decisionNumber() { return decisionNumber; }
    DispatchChannel channel() { return channel; }
    String title() { return title; }
    String communityCodes() { return communityCodes; }
    DispatchRefusal reason() { return reason; }
    String detail() { return detail; }
}
