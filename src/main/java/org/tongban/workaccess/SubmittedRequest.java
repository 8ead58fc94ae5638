package org.tongban.workaccess;

/** What the department sees right after submitting: the number and where the automatic check put the request. */
public record SubmittedRequest(long id, String requestNumber, RequestStatus status, String ruleText,
                               String decisionNumber) {
}
