package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A department's budget line for purchased services in one year.
 *
 * @param committed what approved projects take of it
 */
public record BudgetLineEntry(long id, String code, String departmentCode, String departmentName, int year,
                              String name, BigDecimal amount, BigDecimal committed, String changedBy,
                              LocalDateTime changedAt, String changeReason, long version) {

    public BigDecimal available() {
        return amount.subtract(committed);
    }
}
