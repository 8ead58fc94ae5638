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

import org.tongban.workaccess.EvaluationDirection;

/**
 * 双向评价 — one rating of a request's work, in one direction, about one community. Written once and never changed:
 * every column is insert-only, and the table's unique key keeps a second one out.
 */
@Entity
@Table(name = "wa_evaluation")
class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "request_id", nullable = false, updatable = false)
    private Long requestId;
    @Column(name = "community_code", nullable = false, updatable = false)
    private String communityCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EvaluationDirection direction;
    @Column(name = "score_one", nullable = false, updatable = false)
    private int scoreOne;
    @Column(name = "score_two", nullable = false, updatable = false)
    private int scoreTwo;
    @Column(name = "score_three", nullable = false, updatable = false)
    private int scoreThree;
    @Column(name = "comment_text", updatable = false)
    private String comment;
    @Column(name = "rated_by", nullable = false, updatable = false)
    private String ratedBy;
    @Column(name = "rated_at", nullable = false, updatable = false)
    private LocalDateTime ratedAt;

    protected Evaluation() {
    }

    Evaluation(Long requestId, String communityCode, EvaluationDirection direction, int scoreOne, int scoreTwo,
               int scoreThree, String comment, String ratedBy, LocalDateTime ratedAt) {
        this.requestId = requestId;
        this.communityCode = communityCode;
        this.direction = direction;
        this.scoreOne = scoreOne;
        this.scoreTwo = scoreTwo;
        this.scoreThree = scoreThree;
        this.comment = comment;
        this.ratedBy = ratedBy;
        this.ratedAt = ratedAt;
    }

    Long id() { return id; }
    Long requestId() { return requestId; }
    String communityCode() { return communityCode; }
    EvaluationDirection direction() { return direction; }
    int scoreOne() { return scoreOne; }
    int scoreTwo() { return scoreTwo; }
    int scoreThree() { return scoreThree; }
    String comment() { return comment; }
    String ratedBy() { return ratedBy; }
    LocalDateTime ratedAt() { return ratedAt; }
}
