package org.tongban.purchasedservice.internal;

import org.tongban.identity.Roles;

/** Ids and variable names of the BPMN processes {@code ServiceProjectInitiation} and {@code ProviderSelection}. */
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

    static final String SELECTION_KEY = "ProviderSelection";
    static final String TASK_FORM_PANEL = "Task_FormPanel";
    static final String TASK_SCORE = "Task_Score";
    static final String TASK_CONFIRM_RESULT = "Task_ConfirmResult";
    static final String TASK_ANSWER_OBJECTIONS = "Task_AnswerObjections";
    static final String TASK_CONTRACT = "Task_Contract";
    static final String VAR_BID_DEADLINE = "bidDeadline";
    /** The members of the panel (their usernames) who are to declare and score now. */
    static final String VAR_PANEL = "panel";
    static final String VAR_OBJECTION_DEADLINE = "objectionDeadline";
    static final String VAR_UPHELD = "upheld";

    static final String DELIVERY_KEY = "ServiceDelivery";
    static final String TASK_REPORT = "Task_Report";
    static final String TASK_CHECK_MILESTONE = "Task_CheckMilestone";
    static final String TASK_ACCEPTANCE = "Task_Acceptance";
    static final String TASK_RECTIFY = "Task_Rectify";
    static final String VAR_PROVIDER_GROUP = "providerGroup";
    static final String VAR_MILESTONES = "milestones";
    static final String VAR_MILESTONE_ID = "milestoneId";
    static final String VAR_MILESTONE_PASSED = "milestonePassed";
    static final String VAR_ACCEPTED = "accepted";
    static final String CHANGE_KEY = "ContractChange";
    static final String TASK_DECIDE_CHANGE = "Task_DecideChange";
    static final String VAR_APPROVER_GROUP = "approverGroup";
    static final String VAR_CHANGE_ID = "changeId";
    static final String VAR_CHANGE_APPROVED = "changeApproved";

    static final String EVALUATION_KEY = "PerformanceEvaluation";
    static final String TASK_ASSIGN_EVALUATORS = "Task_AssignEvaluators";
    static final String TASK_EVALUATE = "Task_Evaluate";
    static final String TASK_PROVIDER_REVIEW = "Task_ProviderReview";
    static final String TASK_ANSWER_EVALUATION_OBJECTION = "Task_AnswerEvaluationObjection";
    static final String TASK_CLOSE = "Task_Close";
    static final String VAR_EVALUATORS = "evaluators";
    static final String VAR_EVALUATION_OBJECTED = "evaluationObjected";
    static final String PUBLIC_REVIEW_KEY = "PublicCommitmentReview";
    static final String TASK_PUBLIC_REVIEW = "Task_PublicReview";
    static final String MESSAGE_PROJECT_CLOSED = "PurchasedProjectClosed";

    static final String FINANCE_ROLE = Roles.FINANCE_REVIEWER;
    /** {@code @RolesAllowed} name of {@link #FINANCE_ROLE}. */
    static final String FINANCE_AUTHORITY = "FINANCE_REVIEWER";

    private PurchaseProcess() {
    }
}
