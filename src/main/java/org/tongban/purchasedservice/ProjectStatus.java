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
    PUBLISHED,
    /** 流标 — nobody responded by the deadline. */
    NO_BIDS,
    /** 评审中 — the notice closed; the panel declares and scores. */
    EVALUATING,
    /** 结果公示 — the result is public; bidders not chosen may object until the period ends, then objections are answered. */
    RESULT_PUBLISHED,
    /** 待签合同 — awarded to the chosen provider. */
    AWARDED,
    /** 履约中 — the contract is signed; the provider delivers. */
    CONTRACTED,
    /** 验收合格 — accepted with the service users; the manager names the evaluators. */
    ACCEPTED,
    /** 绩效评价中 — the evaluators score the indicators. */
    UNDER_EVALUATION,
    /** 评价待确认 — graded; the provider confirms it or objects once. */
    GRADED,
    /** 待结项 — the final payment settled by the grade; the manager closes the project. */
    SETTLED,
    /** 已结项 — closed and archived. */
    CLOSED;

    public boolean closed() {
        return this == BUDGET_REFUSED || this == WITHDRAWN || this == NO_BIDS || this == CLOSED;
    }

    public String messageKey() {
        return "purchasedservice.status." + name();
    }
}
