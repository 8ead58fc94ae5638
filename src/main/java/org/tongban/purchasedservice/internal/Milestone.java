package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A payment milestone of a contract: delivered, accepted, then paid. */
@Entity
@Table(name = "ps_milestone")
class Milestone {

    /** Where a milestone stands; payment is released only after acceptance. */
    enum Status { PENDING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;
    @Column(nullable = false, updatable = false)
    private int position;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String deliverable;
    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;
    @Column(name = "payment_percent", nullable = false)
    private int paymentPercent;
    @Column(name = "payment_amount", nullable = false)
    private BigDecimal paymentAmount;
    @Column(nullable = false)
    private String status;
    @Version
    private Long version;

    protected Milestone() {
    }

    Milestone(Long projectId, int position, String name, String deliverable, LocalDate dueOn, int paymentPercent,
              BigDecimal paymentAmount) {
        this.projectId = projectId;
        this.position = position;
        this.name = name;
        this.deliverable = deliverable;
        this.dueOn = dueOn;
        this.paymentPercent = paymentPercent;
        this.paymentAmount = paymentAmount;
        this.status = Status.PENDING.name();
    }

    Long id() { return id; }
    int position() { return position; }
    String name() { return name; }
    String deliverable() { return deliverable; }
    LocalDate dueOn() { return dueOn; }
    int paymentPercent() { return paymentPercent; }
    BigDecimal paymentAmount() { return paymentAmount; }
    String status() { return status; }
}
