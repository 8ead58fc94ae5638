package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.purchasedservice.EvaluationGrade;

/**
 * What the evaluation process does on its own ({@code ${evaluationSteps.total(projectId)}} and the rest), in the
 * transaction of the step before: the last evaluator's submission, the provider's view or the manager's answer.
 */
// Public: JUEL resolves methods of public classes only.
@Component("evaluationSteps")
public class EvaluationSteps {

    private final ServiceProjectsRepository projects;
    private final EvaluationAssignments assignments;
    private final Milestones milestones;
    private final AuditTrail audit;
    private final Clock clock;

    EvaluationSteps(ServiceProjectsRepository projects, EvaluationAssignments assignments, Milestones milestones,
                    AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.assignments = assignments;
        this.milestones = milestones;
        this.audit = audit;
        this.clock = clock;
    }

    /** The average of the evaluators' totals, two decimals; the table reads it as a number. */
    public double total(Long projectId) {
        List<BigDecimal> totals = assignments.findByProjectIdOrderById(projectId).stream()
                .map(EvaluationAssignment::total).filter(total -> total != null).toList();
        return average(totals).doubleValue();
    }

    static BigDecimal average(List<BigDecimal> values) {
        return values.isEmpty() ? BigDecimal.ZERO : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** The grade the table gave, and the share of the final payment it releases. */
    public void recordGrade(Long projectId, Object score, Map<String, Object> gradeResult) {
        ServiceProject project = lock(projectId);
        project.graded(BigDecimal.valueOf(((Number) score).doubleValue()).setScale(2, RoundingMode.HALF_UP),
                EvaluationGrade.valueOf((String) gradeResult.get("grade")), (String) gradeResult.get("rule"),
                ((Number) gradeResult.get("finalPaymentShare")).intValue(),
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.allowed("purchasedservice.evaluation.graded", "project:" + project.projectNumber(),
                project.evaluationScore() + " " + project.evaluationGrade());
    }

    /** The final milestone's payment released by the grade's share, or withheld when the share is nothing. */
    public void settle(Long projectId) {
        ServiceProject project = lock(projectId);
        List<Milestone> all = milestones.findByProjectIdOrderByPosition(projectId);
        Milestone last = all.get(all.size() - 1);
        BigDecimal releasable = last.paymentAmount().multiply(BigDecimal.valueOf(project.finalPaymentShare()))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        last.settle(releasable);
        project.settled();
        audit.allowed("purchasedservice.evaluation.settled", "project:" + project.projectNumber(),
                project.evaluationGrade() + " releases " + releasable.toPlainString());
    }

    private ServiceProject lock(Long projectId) {
        return projects.lockById(projectId).orElseThrow(() -> new IllegalStateException("No project " + projectId));
    }
}
