package org.tongban.inbox.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The decision taken when a task was completed through Tongban (outcome label and opinion text). */
@Entity
@Table(name = "inbox_task_outcome")
class TaskOutcome {

    static final int OUTCOME_LENGTH = 100;
    static final int OPINION_LENGTH = 2000;

    @Id
    @Column(name = "task_id")
    private String taskId;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    @Column(nullable = false)
    private String actor;

    private String outcome;

    private String opinion;

    @Column(name = "completed_at", nullable = false)
    private LocalDateTime completedAt;

    protected TaskOutcome() {
    }

    TaskOutcome(String taskId, String processInstanceId, String actor, String outcome, String opinion,
                LocalDateTime completedAt) {
        this.taskId = taskId;
        this.processInstanceId = processInstanceId;
        this.actor = actor;
        this.outcome = truncate(outcome, OUTCOME_LENGTH);
        this.opinion = truncate(opinion, OPINION_LENGTH);
        this.completedAt = completedAt;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    String taskId() {
        return taskId;
    }

    String outcome() {
        return outcome;
    }

    String opinion() {
        return opinion;
    }
}
