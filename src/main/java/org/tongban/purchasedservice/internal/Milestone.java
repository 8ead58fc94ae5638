package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;

/** A payment milestone of a contract: delivered, accepted, then paid. */
@Entity
@Table(name = "ps_milestone")
class Milestone {

    /**
     * Where a milestone stands. Payment is released only once the buyer passed the milestone (PAYABLE); the final
     * milestone's waits for the performance evaluation (HELD), which releases or withholds it.
     */
    enum Status { PENDING, REPORTED, RETURNED, PAYABLE, HELD, PAID, WITHHELD }

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
    @Column
    private String report;
    @Column(name = "reported_by")
    private String reportedBy;
    @Column(name = "reported_at")
    private LocalDateTime reportedAt;
    @Column(name = "check_note")
    private String checkNote;
    @Column(name = "checked_by")
    private String checkedBy;
    @Column(name = "checked_at")
    private LocalDateTime checkedAt;
    @Column(nullable = false)
    private int returns;
    @Column(name = "paid_on")
    private LocalDate paidOn;
    @Column(name = "paid_amount")
    private BigDecimal paidAmount;
    @Column(name = "payment_voucher")
    private String paymentVoucher;
    @Column(name = "paid_by")
    private String paidBy;
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

    /** The provider's report (again after a return). */
    void report(String text, String by, LocalDateTime at) {
        require(Status.PENDING, Status.RETURNED);
        this.report = text;
        this.reportedBy = by;
        this.reportedAt = at;
        this.status = Status.REPORTED.name();
    }

    /** 阶段验收: passed releases the payment (the final one waits for the evaluation); returned goes back. */
    void check(boolean passed, boolean last, String note, String by, LocalDateTime at) {
        require(Status.REPORTED);
        this.checkNote = note;
        this.checkedBy = by;
        this.checkedAt = at;
        if (passed) {
            this.status = (last ? Status.HELD : Status.PAYABLE).name();
        } else {
            this.returns++;
            this.status = Status.RETURNED.name();
        }
    }

    /** The evaluation's consequence for a held final payment: the share released, or nothing. */
    void settle(BigDecimal releasable) {
        require(Status.HELD);
        if (releasable.signum() == 0) {
            this.status = Status.WITHHELD.name();
        } else {
            this.paymentAmount = releasable;
            this.status = Status.PAYABLE.name();
        }
    }

    /** A payment recorded: only a payable milestone is paid, and never more than its amount. */
    void pay(LocalDate on, BigDecimal amount, String voucher, String by) {
        require(Status.PAYABLE);
        if (amount.compareTo(paymentAmount) > 0) {
            throw BusinessException.invalid("purchasedservice.error.payment-over", paymentAmount.toPlainString());
        }
        this.paidOn = on;
        this.paidAmount = amount;
        this.paymentVoucher = voucher;
        this.paidBy = by;
        this.status = Status.PAID.name();
    }

    /** An approved budget change moves what is not paid yet. */
    void reprice(BigDecimal amount) {
        this.paymentAmount = amount;
    }

    boolean paidOrDecided() {
        Status current = Status.valueOf(status);
        return current == Status.PAID || current == Status.WITHHELD;
    }

    private void require(Status... expected) {
        for (Status allowed : expected) {
            if (allowed.name().equals(status)) {
                return;
            }
        }
        throw BusinessException.conflict("purchasedservice.error.milestone-status");
    }

    Long id() { return id; }
    Long projectId() { return projectId; }
    String report() { return report; }
    LocalDateTime reportedAt() { return reportedAt; }
    String checkNote() { return checkNote; }
    LocalDateTime checkedAt() { return checkedAt; }
    int returns() { return returns; }
    LocalDate paidOn() { return paidOn; }
    BigDecimal paidAmount() { return paidAmount; }
    String paymentVoucher() { return paymentVoucher; }
    int position() { return position; }
    String name() { return name; }
    String deliverable() { return deliverable; }
    LocalDate dueOn() { return dueOn; }
    int paymentPercent() { return paymentPercent; }
    BigDecimal paymentAmount() { return paymentAmount; }
    String status() { return status; }
}
