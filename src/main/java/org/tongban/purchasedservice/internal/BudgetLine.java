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

import org.tongban.base.BusinessException;

/** A department's budget line for purchased services in one year; approved projects are committed against it. */
@Entity
@Table(name = "ps_budget_line")
class BudgetLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String code;
    @Column(name = "department_code", nullable = false, updatable = false)
    private String departmentCode;
    @Column(name = "budget_year", nullable = false, updatable = false)
    private int year;
    @Column(nullable = false, updatable = false)
    private String name;
    @Column(nullable = false)
    private BigDecimal amount;
    @Column(nullable = false)
    private BigDecimal committed;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;
    @Column(name = "change_reason")
    private String changeReason;
    @Version
    private Long version;

    protected BudgetLine() {
    }

    BudgetLine(String code, String departmentCode, int year, String name, BigDecimal amount, String by,
               LocalDateTime at) {
        this.code = code;
        this.departmentCode = departmentCode;
        this.year = year;
        this.name = name;
        this.amount = amount;
        this.committed = BigDecimal.ZERO;
        this.changedBy = by;
        this.changedAt = at;
    }

    BigDecimal available() {
        return amount.subtract(committed);
    }

    /** Takes {@code sum} of the line for an approved project; refused when less is left. */
    void commit(BigDecimal sum) {
        if (available().compareTo(sum) < 0) {
            throw BusinessException.conflict("purchasedservice.error.budget-exceeded", code, available().toPlainString(),
                    sum.toPlainString());
        }
        committed = committed.add(sum);
    }

    /** Gives back part of what a project took (a budget change downwards). */
    void release(BigDecimal sum) {
        committed = committed.subtract(sum).max(BigDecimal.ZERO);
    }

    /** A new amount, never below what approved projects already take. */
    void changeAmount(BigDecimal newAmount, String by, LocalDateTime at, String reason) {
        if (newAmount.compareTo(committed) < 0) {
            throw BusinessException.invalid("purchasedservice.error.budget-below-committed", committed.toPlainString());
        }
        this.amount = newAmount;
        this.changedBy = by;
        this.changedAt = at;
        this.changeReason = reason;
    }

    Long id() { return id; }
    String code() { return code; }
    String departmentCode() { return departmentCode; }
    int year() { return year; }
    String name() { return name; }
    BigDecimal amount() { return amount; }
    BigDecimal committed() { return committed; }
    String changedBy() { return changedBy; }
    LocalDateTime changedAt() { return changedAt; }
    String changeReason() { return changeReason; }
    Long version() { return version; }
}
