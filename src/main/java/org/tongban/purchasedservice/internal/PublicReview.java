package org.tongban.purchasedservice.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A six-monthly public review of a public-commitment project, as held and published. */
@Entity
@Table(name = "ps_public_review")
class PublicReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(name = "held_on", nullable = false, updatable = false)
    private LocalDate heldOn;
    @Column(nullable = false, updatable = false)
    private String participants;
    @Column(nullable = false, updatable = false)
    private String opinions;
    @Column(nullable = false, updatable = false)
    private String response;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false, updatable = false)
    private LocalDateTime recordedAt;

    protected PublicReview() {
    }

    PublicReview(Long projectId, LocalDate heldOn, String participants, String opinions, String response,
                 String recordedBy, LocalDateTime recordedAt) {
        this.projectId = projectId;
        this.heldOn = heldOn;
        this.participants = participants;
        this.opinions = opinions;
        this.response = response;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    LocalDate heldOn() { return heldOn; }
    String participants() { return participants; }
    String opinions() { return opinions; }
    String response() { return response; }
}
