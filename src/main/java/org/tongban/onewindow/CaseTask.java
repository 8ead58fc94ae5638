package org.tongban.onewindow;

/** An open one-window task with its case: {@code step} is the BPMN task id, e.g. {@code Task_ReviewAcceptance}. */
public record CaseTask(String taskId, String step, CaseDetail detail) {

    public static final String REVIEW_ACCEPTANCE = "Task_ReviewAcceptance";
    public static final String HANDLE = "Task_Handle";
    public static final String REVIEW = "Task_Review";
    public static final String REDISPATCH = "Task_Redispatch";
    public static final String DELIVER = "Task_Deliver";
}
