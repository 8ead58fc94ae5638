package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's points for one bid on one criterion; changed until the member submits. */
@Entity
@Table(name = "ps_score")
class Score {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;
    @Column(name = "bid_id", nullable = false, updatable = false)
    private Long bidId;
    @Column(name = "criterion_position", nullable = false, updatable = false)
    private int criterion;
    @Column(nullable = false)
    private BigDecimal points;

    protected Score() {
    }

    Score(Long memberId, Long bidId, int criterion, BigDecimal points) {
        this.memberId = memberId;
        this.bidId = bidId;
        this.criterion = criterion;
        this.points = points;
    }

    void change(BigDecimal newPoints) {
        this.points = newPoints;
    }

    Long memberId() { return memberId; }
    Long bidId() { return bidId; }
    int criterion() { return criterion; }
    BigDecimal points() { return points; }
}
