package org.tongban.workaccess.internal;

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

import org.tongban.workaccess.DispatchChannel;

/** 派单 — work sent under an admitted decision; one {@link DispatchTarget} (and task) per community. */
@Entity
@Table(name = "wa_dispatch")
class Dispatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dispatch_number", nullable = false, updatable = false)
    private String dispatchNumber;
    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;
    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;
    @Column(name = "dispatched_by", nullable = false, updatable = false)
    private String dispatchedBy;
    @Column(name = "dispatched_at", nullable = false, updatable = false)
    private LocalDateTime dispatchedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DispatchChannel channel;
    @Column(nullable = false, updatable = false)
    private String title;
    @Column(nullable = false, updatable = false)
    private String instructions;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    protected Dispatch() {
    }

    Dispatch(String dispatchNumber, Long requestId, String departmentCode, String dispatchedBy,
             LocalDateTime dispatchedAt, DispatchChannel channel, String title, String instructions, LocalDate dueOn) {
        this.dispatchNumber = dispatchNumber;
        this.requestId = requestId;
        this.departmentCode = departmentCode;
        this.dispatchedBy = dispatchedBy;
        this.dispatchedAt = dispatchedAt;
        this.channel = channel;
        this.title = title;
        this.instructions = instructions;
        this.dueOn = dueOn;
    }

    Long id() { return id; }
    String dispatchNumber() { return dispatchNumber; }
    Long requestId() { return requestId; }
    String departmentCode() { return departmentCode; }
    String dispatchedBy() { return dispatchedBy; }
    LocalDateTime dispatchedAt() { return dispatchedAt; }
    String title() { return title; }
    String instructions() { return instructions; }
    LocalDate dueOn() { return dueOn; }
}
