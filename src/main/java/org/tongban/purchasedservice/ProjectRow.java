package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One line of the project list. */
public record ProjectRow(long id, String projectNumber, String title, String departmentName, String managerName,
                         BigDecimal budgetAmount, ProjectStatus status, PurchaseMethod method, LocalDateTime createdAt,
                         LocalDateTime bidDeadline) {
}
