package org.tongban.purchasedservice.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy numbers of purchased services (tunable); defaults live in application.yml. The purchase-method
 * thresholds and notice periods are in PurchaseMethod.dmn.
 *
 * @param countyCode         the county part of project numbers
 * @param financeDepartment  the department whose finance reviewers (财政审核人) decide budgets
 * @param budgetReviewDays   working days the finance review is due in
 * @param maxDurationMonths  the longest a project (and its contract) may run: 财政部令第102号 — normally one year, at
 *                           most three
 * @param maxNoticeDays      the latest a notice's deadline may be set, in calendar days after publication
 */
@ConfigurationProperties("tongban.purchasedservice")
record PurchaseSettings(String countyCode, String financeDepartment, int budgetReviewDays, int maxDurationMonths,
                        int maxNoticeDays) {
}
