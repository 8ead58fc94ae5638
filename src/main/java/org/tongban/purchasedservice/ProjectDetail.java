package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A project on one page: 立项, the budget decision, the purchase method and the notice.
 *
 * @param budgetLine     the line it is paid from, with what is left of it now
 * @param methodRuleText why the table chose the method
 * @param earliestDeadline while the notice is being written: the first day its responses may close (the method's
 *                         shortest period from today), otherwise null
 */
public record ProjectDetail(long id, String projectNumber, String departmentCode, String departmentName,
                            String managerName, String title, String need, String targetGroup, String content,
                            String outputs, String outcomes, BigDecimal budgetAmount, BudgetLineEntry budgetLine,
                            int durationMonths, Circumstance circumstance, String justification,
                            boolean publicCommitment, String originRequestNumber, ProjectStatus status,
                            LocalDateTime createdAt, Decision budgetDecision, PurchaseMethod method,
                            String methodRule, String methodRuleText, Integer noticeDays, Boolean noticeWorkingDays,
                            LocalDate earliestDeadline, LocalDateTime noticePublishedAt, LocalDateTime bidDeadline,
                            String requirements,
                            String contact, List<NoticeDraft.Criterion> criteria, String withdrawnReason,
                            String processInstanceId) {

    /** Who decided, when, and the comment. */
    public record Decision(String by, LocalDateTime at, String comment) {
    }
}
