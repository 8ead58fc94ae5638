package org.tongban.purchasedservice;

import java.util.List;
import java.util.Optional;

/**
 * 政府购买服务 projects for staff. Project managers (项目经理) of a buying department initiate, revise and publish the
 * department's projects; finance reviewers (财政审核人) decide budgets. Each method checks the caller's scope and
 * does its work in one transaction: the project row, the budget line and the process move together or not at all.
 * Refusals are {@link org.tongban.base.BusinessException}s with {@code purchasedservice.error.*} keys.
 */
public interface ServiceProjects {

    /** 立项 by a project manager of a department; goes to the finance review at once. */
    ProjectReceipt initiate(ProjectDraft draft);

    /**
     * 经费预算审核. Approving commits the amount against the budget line (refused when it does not fit what is left);
     * returning and refusing need a comment.
     */
    void reviewBudget(String taskId, BudgetDecision decision, String comment);

    /** 修改立项 after a return: the revised project goes to the finance review again. */
    void resubmit(String taskId, ProjectDraft draft);

    /** Withdraws a returned project, with the reason. */
    void withdraw(String taskId, String reason);

    /** 发布采购公告: the notice goes public at once. */
    void publish(String taskId, NoticeDraft notice);

    ProjectDetail open(long projectId);

    /** The project an open task belongs to (for the inbox's forwarding). */
    long projectOfTask(String taskId);

    Optional<ProjectStep> myOpenStep(long projectId);

    /** Projects the caller may see, newest first. */
    List<ProjectRow> search(ProjectQuery query, int offset, int limit);

    long count(ProjectQuery query);

    /** Budget lines of the caller's departments a new project can be paid from, this year and next. */
    List<BudgetLineEntry> budgetLinesForInitiation();

    /** Proposals from work-item access for the caller's departments that no project answers yet. */
    List<ProposalEntry> openProposals();
}
