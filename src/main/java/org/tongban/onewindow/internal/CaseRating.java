package org.tongban.onewindow.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tongban.catalog.Channel;
import org.tongban.onewindow.RatingLevel;

/** 好差评 — written once, by the applicant or the agent; no setter exists, so no staff screen can change it. */
@Entity
@Table(name = "ow_case_rating")
class CaseRating {

    /** Who rated: the applicant themself or the recorded agent. */
    enum RatedBy { APPLICANT, AGENT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RatingLevel level;
    @Column(name = "rating_comment", updatable = false)
    private String comment;
    @Enumerated(EnumType.STRING)
    @Column(name = "rated_by", nullable = false, updatable = false)
    private RatedBy ratedBy;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;
    @Column(name = "rated_at", nullable = false, updatable = false)
    private LocalDateTime ratedAt;

    protected CaseRating() {
    }

    CaseRating(Long caseId, RatingLevel level, String comment, RatedBy ratedBy, Channel channel, LocalDateTime ratedAt) {
        this.caseId = caseId;
        this.level = level;
        this.comment = comment;
        this.ratedBy = ratedBy;
        this.channel = channel;
        this.ratedAt = ratedAt;
    }

    RatingLevel level() { return level; }
    String comment() { return comment; }
    RatedBy ratedBy() { return ratedBy; }
    LocalDateTime ratedAt() { return ratedAt; }
}
