package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/** A member of one round's panel: declares first, and scores only without a conflict. */
@Entity
@Table(name = "ps_panel_member")
class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(name = "selection_round", nullable = false, updatable = false)
    private int selectionRound;
    @Column(nullable = false, updatable = false)
    private String evaluator;
    @Column(name = "appointed_by", nullable = false, updatable = false)
    private String appointedBy;
    @Column(name = "appointed_at", nullable = false, updatable = false)
    private LocalDateTime appointedAt;
    @Column
    private Boolean conflict;
    @Column(name = "conflict_note")
    private String conflictNote;
    @Column(name = "declared_at")
    private LocalDateTime declaredAt;
    @Column(name = "scored_at")
    private LocalDateTime scoredAt;

    protected PanelMember() {
    }

    PanelMember(Long projectId, int round, String evaluator, String appointedBy, LocalDateTime appointedAt) {
        this.projectId = projectId;
        this.selectionRound = round;
        this.evaluator = evaluator;
        this.appointedBy = appointedBy;
        this.appointedAt = appointedAt;
    }

    /** Once: a declaration is never changed afterwards. */
    void declare(boolean hasConflict, String note, LocalDateTime at) {
        if (conflict != null) {
            throw BusinessException.conflict("purchasedservice.error.already-declared");
        }
        this.conflict = hasConflict;
        this.conflictNote = note;
        this.declaredAt = at;
    }

    /** Scoring needs a declaration without a conflict, and is submitted once. */
    void requireMayScore() {
        if (conflict == null) {
            throw BusinessException.invalid("purchasedservice.error.declare-first");
        }
        if (conflict) {
            throw BusinessException.forbidden("purchasedservice.error.recused");
        }
        if (scoredAt != null) {
            throw BusinessException.conflict("purchasedservice.error.already-scored");
        }
    }

    void scored(LocalDateTime at) {
        this.scoredAt = at;
    }

    /** Counts towards the panel: declared without a conflict and submitted. */
    boolean valid() {
        return Boolean.FALSE.equals(conflict) && scoredAt != null;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    int round() { return selectionRound; }
    String evaluator() { return evaluator; }
    Boolean conflict() { return conflict; }
    String conflictNote() { return conflictNote; }
    LocalDateTime declaredAt() { return declaredAt; }
    LocalDateTime scoredAt() { return scoredAt; }
}
