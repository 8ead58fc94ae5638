package org.tongban.purchasedservice.internal;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One 履约验收 attempt with the service users' part in it; a failed one keeps the provider's rectification. */
@Entity
@Table(name = "ps_acceptance")
class Acceptance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(nullable = false, updatable = false)
    private int attempt;
    @Column(name = "survey_sample", updatable = false)
    private Integer surveySample;
    @Column(name = "survey_responses", updatable = false)
    private Integer surveyResponses;
    @Column(name = "survey_satisfied", updatable = false)
    private Integer surveySatisfied;
    @Column(updatable = false)
    private String representatives;
    @Column(name = "user_opinion", updatable = false)
    private String userOpinion;
    @Column(nullable = false, updatable = false)
    private boolean passed;
    @Column(nullable = false, updatable = false)
    private String findings;
    @Column(name = "accepted_by", nullable = false, updatable = false)
    private String acceptedBy;
    @Column(name = "accepted_at", nullable = false, updatable = false)
    private LocalDateTime acceptedAt;
    @Column
    private String rectification;
    @Column(name = "rectified_at")
    private LocalDateTime rectifiedAt;

    protected Acceptance() {
    }

    Acceptance(Long projectId, int attempt, AcceptanceRules.ServiceUsers users, boolean passed, String findings,
               String acceptedBy, LocalDateTime acceptedAt) {
        this.projectId = projectId;
        this.attempt = attempt;
        this.surveySample = users.sample();
        this.surveyResponses = users.responses();
        this.surveySatisfied = users.satisfied();
        this.representatives = users.representatives();
        this.userOpinion = users.opinion();
        this.passed = passed;
        this.findings = findings;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
    }

    void rectified(String text, LocalDateTime at) {
        this.rectification = text;
        this.rectifiedAt = at;
    }

    Long projectId() { return projectId; }
    int attempt() { return attempt; }
    Integer surveySample() { return surveySample; }
    Integer surveyResponses() { return surveyResponses; }
    Integer surveySatisfied() { return surveySatisfied; }
    String representatives() { return representatives; }
    String userOpinion() { return userOpinion; }
    boolean passed() { return passed; }
    String findings() { return findings; }
    String acceptedBy() { return acceptedBy; }
    LocalDateTime acceptedAt() { return acceptedAt; }
    String rectification() { return rectification; }
    LocalDateTime rectifiedAt() { return rectifiedAt; }
}
