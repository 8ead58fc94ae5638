package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/** An evaluator assigned to a project's performance evaluation; submits once. */
@Entity
@Table(name = "ps_evaluator")
class EvaluationAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(nullable = false, updatable = false)
    private String evaluator;
    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;
    @Column(name = "assigned_at", nullable = false, updatable = false)
    private LocalDateTime assignedAt;
    @Column
    private BigDecimal total;
    @Column
    private String comment;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    protected EvaluationAssignment() {
    }

    EvaluationAssignment(Long projectId, String evaluator, String assignedBy, LocalDateTime assignedAt) {
        this.projectId = projectId;
        this.evaluator = evaluator;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    void requireOpen() {
        if (submittedAt != null) {
            throw BusinessException.conflict("purchasedservice.error.evaluation-submitted");
        }
    }

    void comment(String text) {
        this.comment = text;
    }

    void submitted(BigDecimal sum, LocalDateTime at) {
        this.total = sum;
        this.submittedAt = at;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String evaluator() { return evaluator; }
    BigDecimal total() { return total; }
    String comment() { return comment; }
    LocalDateTime submittedAt() { return submittedAt; }
}
