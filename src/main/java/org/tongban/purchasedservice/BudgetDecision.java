package org.tongban.purchasedservice;

/** The finance reviewer's decision on a project's budget. */
public enum BudgetDecision {
    /** 同意: the amount is committed against the budget line. */
    APPROVE,
    /** 退回修改 */
    RETURN,
    /** 不予安排 */
    REFUSE;

    public String messageKey() {
        return "purchasedservice.budget-decision." + name();
    }
}
