package org.tongban.onewindow.internal;

/** Ids and variable names of the BPMN process {@code OneWindowAcceptance}, in one place. */
final class OneWindowProcess {

    static final String KEY = "OneWindowAcceptance";
    static final String MESSAGE_RESUBMITTED = "MaterialsResubmitted";
    static final String MESSAGE_RATED = "ServiceRated";

    static final String TASK_REVIEW_ACCEPTANCE = org.tongban.onewindow.CaseTask.REVIEW_ACCEPTANCE;
    static final String TASK_HANDLE = org.tongban.onewindow.CaseTask.HANDLE;
    static final String TASK_REVIEW = org.tongban.onewindow.CaseTask.REVIEW;
    static final String TASK_REDISPATCH = org.tongban.onewindow.CaseTask.REDISPATCH;
    static final String TASK_DELIVER = org.tongban.onewindow.CaseTask.DELIVER;

    static final String VAR_CASE_ID = "caseId";
    static final String VAR_ITEM_CODE = "itemCode";
    static final String VAR_SUBDISTRICT = "subdistrictCode";
    static final String VAR_APPLICANT_KIND = "applicantKind";
    static final String VAR_CATALOGUE_DEPARTMENT = "catalogueDepartment";
    static final String VAR_DEPARTMENT = "departmentCode";
    static final String VAR_ACCEPTING_GROUP = "acceptingGroup";
    static final String VAR_ACCEPTING_DIRECTOR_GROUP = "acceptingDirectorGroup";
    static final String VAR_TWO_LEVEL_REVIEW = "twoLevelReview";
    static final String VAR_ACCEPTANCE = "acceptance";
    static final String VAR_HANDLING = "handling";
    static final String VAR_HANDLING_REASON = "handlingReason";
    static final String VAR_REVIEW = "review";
    static final String VAR_BAD_RATING = "badRating";
    static final String VAR_SITE_VISIT_DAYS = "siteVisitDays";
    static final String VAR_COUNTERSIGN = "countersign";
    static final String VAR_COUNTERSIGN_DEPARTMENTS = "countersignDepartments";
    static final String VAR_COUNTERSIGN_DISAGREED = "countersignDisagreed";

    static final String ACCEPT = "accept";
    static final String CORRECT = "correct";
    static final String DECLINE = "decline";
    static final String APPROVE = "approve";
    static final String REJECT = "reject";
    static final String RETURN = "return";
    static final String MISROUTED = "misrouted";
    static final String CONFIRM = "confirm";
    static final String BACK = "back";

    private OneWindowProcess() {
    }
}
