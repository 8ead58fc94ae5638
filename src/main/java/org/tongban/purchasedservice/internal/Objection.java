package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.base.BusinessException;

/** A bidder's 质疑 against a round's result, answered once by the buyer. */
@Entity
@Table(name = "ps_objection")
class Objection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(name = "selection_round", nullable = false, updatable = false)
    private int selectionRound;
    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;
    @Column(name = "raised_by", nullable = false, updatable = false)
    private String raisedBy;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private LocalDateTime raisedAt;
    @Column(nullable = false, updatable = false)
    private String grounds;
    @Column
    private Boolean upheld;
    @Column
    private String answer;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    protected Objection() {
    }

    Objection(Long projectId, int round, Long bidId, String raisedBy, LocalDateTime raisedAt, String grounds) {
        this.projectId = projectId;
        this.selectionRound = round;
        this.bidId = bidId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.grounds = grounds;
    }

    void answer(boolean isUpheld, String text, String by, LocalDateTime at) {
        if (upheld != null) {
            throw BusinessException.conflict("purchasedservice.error.wrong-status");
        }
        this.upheld = isUpheld;
        this.answer = text;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    Long id() { return id; }
    int round() { return selectionRound; }
    Long bidId() { return bidId; }
    LocalDateTime raisedAt() { return raisedAt; }
    String grounds() { return grounds; }
    Boolean upheld() { return upheld; }
    String answer() { return answer; }
    LocalDateTime answeredAt() { return answeredAt; }
}
