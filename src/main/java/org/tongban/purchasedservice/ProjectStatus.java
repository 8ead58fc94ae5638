package org.tongban.purchasedservice;

/** Where a purchased-service project stands. */
public enum ProjectStatus {
    /** 经费预算审核 — the finance reviewer checks the budget against the department's budget line. */
    BUDGET_REVIEW,
    /** 退回修改 — returned by finance; the project manager revises and resubmits, or withdraws. */
    RETURNED,
    /** 不予安排 — finance refused the budget; the reason is kept. */
    BUDGET_REFUSED,
    /** 已撤回 — withdrawn by the project manager after a return. */
    WITHDRAWN,
    /** 待发布公告 — budget approved and the purchase method decided; the notice is being written. */
    TO_PUBLISH,
    /** 公告中 — the notice is public; providers respond until the deadline. */
    PUBLISHED;

    public boolean closed() {
        return this == BUDGET_REFUSED || this == WITHDRAWN;
    }

    public String messageKey() {
        return "purchasedservice.status." + name();
    }
}
