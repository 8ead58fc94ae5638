package org.tongban.workaccess.internal;

/** Ids and variable names of the BPMN processes {@code WorkAccessReview} and {@code WorkDispatch}, in one place. */
final class WorkAccessProcess {

    static final String REVIEW_KEY = "WorkAccessReview";
    static final String DISPATCH_KEY = "WorkDispatch";
    static final String DECISION_KEY = "WorkAccessCheck";

    static final String TASK_REVIEW = "Task_Review";
    static final String TASK_COUNTY_APPROVAL = "Task_CountyApproval";
    static final String TASK_REVISE = "Task_Revise";
    static final String TASK_DO_WORK = "Task_DoWork";

    static final String VAR_REQUEST_ID = "requestId";
    static final String VAR_ITEM_KIND = "itemKind";
    static final String VAR_FUNDING_PROVIDED = "fundingProvided";
    static final String VAR_NEGATIVE_HINT = "negativeHint";
    static final String VAR_REVIEW_GROUP = "reviewGroup";
    static final String VAR_COUNTY_APPROVER_GROUP = "countyApproverGroup";
    static final String VAR_SUBMITTER_GROUP = "submitterGroup";
    static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    static final String VAR_REVISE_OUTCOME = "reviseOutcome";

    /** Variables every process that creates community tasks without a listed basis must carry (see the guard). */
    static final String VAR_DECISION = CommunityTaskGuard.VAR_DECISION;
    static final String VAR_DEPARTMENT = CommunityTaskGuard.VAR_DEPARTMENT;
    static final String VAR_COMMUNITY = "communityCode";
    static final String VAR_DISPATCH_TARGET_ID = "dispatchTargetId";

    static final String ADMITTED = "ADMITTED";
    static final String REFUSED = "REFUSED";
    static final String REVIEW = "REVIEW";

    static final String ADMIT = "admit";
    static final String REFUSE = "refuse";
    static final String SUPPORT = "support";
    static final String RETURN = "return";
    static final String PURCHASE = "purchase";
    static final String RESUBMIT = "resubmit";
    static final String WITHDRAW = "withdraw";

    private WorkAccessProcess() {
    }
}
