package org.tongban.purchasedservice;

import java.util.List;

/**
 * 预算额度 — the departments' budget lines for purchased services, kept by finance reviewers (and administrators). An
 * amount may not fall below what approved projects already take of it; every change is audited with its reason.
 */
public interface BudgetLines {

    /** Lines of {@code year} (all years when null), by department and code. */
    List<BudgetLineEntry> list(Integer year);

    BudgetLineEntry create(BudgetLineDraft draft);

    BudgetLineEntry changeAmount(long lineId, long expectedVersion, String amount, String reason);

    /**
     * A new line.
     *
     * @param amount yuan as typed, at most two decimals
     */
    record BudgetLineDraft(String code, String departmentCode, Integer year, String name, String amount) {
    }
}
