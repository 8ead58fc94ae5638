package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A provider's response to a notice; replaced or withdrawn only while the notice is open. */
@Entity
@Table(name = "ps_bid")
class Bid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(name = "provider_code", nullable = false, updatable = false)
    private String providerCode;
    @Column(name = "provider_name", nullable = false)
    private String providerName;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;
    @Column(nullable = false)
    private BigDecimal price;
    @Column(name = "plan_summary", nullable = false)
    private String planSummary;
    @Column(nullable = false)
    private String contact;
    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;
    @Column
    private BigDecimal score;
    @Column
    private Integer ranking;
    @Version
    private Long version;

    protected Bid() {
    }

    Bid(Long projectId, String providerCode) {
        this.projectId = projectId;
        this.providerCode = providerCode;
    }

    /** The response as (re)submitted; a withdrawn bid comes back. */
    void respond(String name, String by, LocalDateTime at, BigDecimal newPrice, String plan, String contactText) {
        this.providerName = name;
        this.submittedBy = by;
        this.submittedAt = at;
        this.price = newPrice;
        this.planSummary = plan;
        this.contact = contactText;
        this.withdrawnAt = null;
    }

    void withdraw(LocalDateTime at) {
        this.withdrawnAt = at;
    }

    void ranked(BigDecimal average, Integer place) {
        this.score = average;
        this.ranking = place;
    }

    boolean active() {
        return withdrawnAt == null;
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String providerCode() { return providerCode; }
    String providerName() { return providerName; }
    String submittedBy() { return submittedBy; }
    LocalDateTime submittedAt() { return submittedAt; }
    BigDecimal price() { return price; }
    String planSummary() { return planSummary; }
    String contact() { return contact; }
    LocalDateTime withdrawnAt() { return withdrawnAt; }
    BigDecimal score() { return score; }
    Integer ranking() { return ranking; }
}
