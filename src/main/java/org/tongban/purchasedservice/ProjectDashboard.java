package org.tongban.purchasedservice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 项目看板 — the project managers' overview of the projects the caller may see (the same scope as the project list:
 * a buying unit its own, finance every project, evaluators those they are assigned to): projects by stage, the
 * budget lines' use, milestones due and overdue, evaluations pending and grades by provider; and the projects,
 * payments and evaluation results as one Excel workbook. Read-only; callers with no projects at all (providers,
 * community staff) are refused and the refusal recorded.
 */
public interface ProjectDashboard {

    /** The longest the milestone and evaluation lists get; their counts are always complete. */
    int LIST_LIMIT = 100;

    /** The overview, with the budget lines of {@code year}. */
    Figures figures(int year);

    /** Sheets 项目, 付款 and 绩效评价 of every project in scope, headed in Chinese; the export is audited. */
    byte[] workbook();

    /**
     * @param dueDays    milestones due within this many days of {@code today} count as due soon
     * @param stages     projects per stage (every stage, zero included)
     * @param budget     the caller's units' budget lines (finance: all) of {@code year}
     * @param overdue    milestones not yet passed whose date is before today
     * @param dueSoon    milestones not yet passed due from today to the end of {@code dueDays}
     * @param milestones the overdue ones first, then those due soon, by date, at most {@link #LIST_LIMIT}
     * @param evaluations projects under evaluation by their deadline, at most {@link #LIST_LIMIT}
     */
    record Figures(LocalDate today, int year, int dueDays, Map<ProjectStatus, Long> stages, List<BudgetUse> budget,
                   long overdue, long dueSoon, List<MilestoneDue> milestones, long evaluationsPending,
                   List<PendingEvaluation> evaluations, List<ProviderGrades> grades) {

        public long projects() {
            return stages.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * One budget line: what was planned against what is used.
     *
     * @param committed  what approved projects take of it (their budgets)
     * @param contracted the contracts' amounts (as changed) of its projects
     * @param paid       the milestone payments recorded by finance
     * @param payable    released for payment (milestone passed, or settled by the grade) but not paid yet
     */
    record BudgetUse(long lineId, String code, String departmentName, String name, BigDecimal planned,
                     BigDecimal committed, BigDecimal contracted, BigDecimal paid, BigDecimal payable) {

        /** The committed share of the planned amount in percent, one decimal (zero for an empty line). */
        public BigDecimal usedPercent() {
            return percent(committed);
        }

        public BigDecimal paidPercent() {
            return percent(paid);
        }

        private BigDecimal percent(BigDecimal part) {
            return planned.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                    : part.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * A milestone the provider has not delivered yet, or whose report waits for the buyer's check.
     *
     * @param status     PENDING, REPORTED or RETURNED (as on the project's page)
     * @param daysLate   days past its date (0 when not overdue)
     */
    record MilestoneDue(long projectId, String projectNumber, String title, String departmentName,
                        String providerName, String name, LocalDate dueOn, String status,
                        boolean overdue, long daysLate) {
    }

    /**
     * A performance evaluation under way: the evaluators named, the grade not yet given.
     *
     * @param deadline the evaluators' last day (working days from their appointment, as their tasks are due)
     */
    record PendingEvaluation(long projectId, String projectNumber, String title, String departmentName,
                             String providerName, long evaluators, long submitted, LocalDate assignedOn,
                             LocalDate deadline, boolean overdue) {
    }

    /** A provider's graded projects (in scope) per grade, and their average score. */
    record ProviderGrades(String providerCode, String providerName, Map<EvaluationGrade, Long> counts, long graded,
                          BigDecimal averageScore) {

        public long count(EvaluationGrade grade) {
            return counts.getOrDefault(grade, 0L);
        }
    }
}
