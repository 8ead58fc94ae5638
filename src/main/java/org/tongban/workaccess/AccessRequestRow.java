package org.tongban.workaccess;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the request list. */
public record AccessRequestRow(long id, String requestNumber, String title, String departmentName,
                               LocalDateTime submittedAt, RequestStatus status, String decisionNumber,
                               LocalDate startOn, LocalDate endOn, LocalDate reviewDueOn) {
}
