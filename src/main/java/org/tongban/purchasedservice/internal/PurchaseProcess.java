package org.tongban.purchasedservice.internal;

import org.tongban.identity.Roles;

/** Ids and variable names of the BPMN process {@code ServiceProjectInitiation}, in one place. */
final class PurchaseProcess {

    static final String KEY = "ServiceProjectInitiation";

    static final String TASK_BUDGET_REVIEW = "Task_BudgetReview";
    static final String TASK_REVISE = "Task_Revise";
    static final String TASK_PUBLISH = "Task_Publish";

    static final String VAR_PROJECT_ID = "projectId";
    static final String VAR_FINANCE_GROUP = "financeGroup";
    static final String VAR_MANAGER_GROUP = "managerGroup";
    static final String VAR_BUDGET_DECISION = "budgetDecision";
    static final String VAR_REVISE_OUTCOME = "reviseOutcome";
    /** DMN inputs: the circumstance's name and the amount in yuan. */
    static final String VAR_CIRCUMSTANCE = "circumstance";
    static final String VAR_AMOUNT = "amount";

    static final String FINANCE_ROLE = Roles.FINANCE_REVIEWER;
    /** {@code @RolesAllowed} name of {@link #FINANCE_ROLE}. */
    static final String FINANCE_AUTHORITY = "FINANCE_REVIEWER";

    private PurchaseProcess() {
    }
}
