package org.tongban.onewindow;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of 办件查询: applicant name and ID masked, as every list of personal data. */
public record CaseRow(long id, String caseNumber, String itemName, String applicantName, String applicantIdNumber,
                      CaseStatus status, LocalDateTime receivedAt, LocalDate dueOn, String acceptingUnitName,
                      String departmentCode, boolean overdue) {
}
