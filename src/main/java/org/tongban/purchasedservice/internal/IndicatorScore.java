package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One evaluator's points for one level-3 indicator, with its evidence; changed until submitted. */
@Entity
@Table(name = "ps_indicator_score")
class IndicatorScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluator_id", nullable = false, updatable = false)
    private Long evaluatorId;
    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;
    @Column(nullable = false)
    private BigDecimal points;
    @Column
    private String evidence;

    protected IndicatorScore() {
    }

    IndicatorScore(Long evaluatorId, String indicatorCode, BigDecimal points, String evidence) {
        this.evaluatorId = evaluatorId;
        this.indicatorCode = indicatorCode;
        this.points = points;
        this.evidence = evidence;
    }

    void change(BigDecimal newPoints, String newEvidence) {
        this.points = newPoints;
        this.evidence = newEvidence;
    }

    Long evaluatorId() { return evaluatorId; }
    String indicatorCode() { return indicatorCode; }
    BigDecimal points() { return points; }
    String evidence() { return evidence; }
}
