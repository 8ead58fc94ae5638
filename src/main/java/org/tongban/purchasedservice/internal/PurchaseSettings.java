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
 * @param panelMinMembers    the fewest panel members whose scores count (an odd number is required too)
 * @param scoringDays        working days a panel member has to declare and score
 * @param objectionDays      working days after the result is published in which bidders may object (质疑)
 * @param objectionAnswerDays working days the buyer has to answer objections
 * @param maxUploadBytes     the largest response file
 * @param evaluationDays     working days an evaluator has to score
 * @param publicReviewInterval how often a public-commitment project is reviewed in public (ISO 8601, e.g. P6M)
 * @param reportAgainDays    working days a provider has to report again when a report is returned after the
 *                           milestone's date, before the manager is asked to urge it
 * @param dashboardDueDays   the managers' dashboard lists milestones due within this many calendar days (the
 *                           contract's milestone dates are calendar dates)
 */
@ConfigurationProperties("tongban.purchasedservice")
record PurchaseSettings(String countyCode, String financeDepartment, int budgetReviewDays, int maxDurationMonths,
                        int maxNoticeDays, int panelMinMembers, int scoringDays, int objectionDays,
                        int objectionAnswerDays, long maxUploadBytes, int evaluationDays,
                        String publicReviewInterval, int reportAgainDays, int dashboardDueDays) {
}
