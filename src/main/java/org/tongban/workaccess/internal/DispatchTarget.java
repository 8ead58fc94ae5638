package org.tongban.workaccess.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/** One community's share of a dispatch: its task, and its report back. */
@Entity
@Table(name = "wa_dispatch_target")
class DispatchTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "dispatch_id", nullable = false, updatable = false)
    private Long dispatchId;
    @Column(name = "community_code", nullable = false, updatable = false)
    private String communityCode;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;
    @Column(name = "completed_by")
    private String completedBy;
    @Column
    private String feedback;

    protected DispatchTarget() {
    }

    DispatchTarget(Long dispatchId, String communityCode) {
        this.dispatchId = dispatchId;
        this.communityCode = communityCode;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void complete(String by, LocalDateTime at, String feedback) {
        if (completedAt != null) {
            throw BusinessException.conflict("workaccess.error.work-done");
        }
        this.completedBy = by;
        this.completedAt = at;
        this.feedback = feedback;
    }

    Long id() { return id; }
    Long dispatchId() { return dispatchId; }
    String communityCode() { return communityCode; }
    String processInstanceId() { return processInstanceId; }
    LocalDateTime completedAt() { return completedAt; }
    String completedBy() { return completedBy; }
    String feedback() { return feedback; }
}
