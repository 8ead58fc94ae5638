package org.tongban.onewindow;

/** What the applicant takes away: the case number and the query code for self-service queries. */
public record IntakeReceipt(long caseId, String caseNumber, String queryCode) {
}
