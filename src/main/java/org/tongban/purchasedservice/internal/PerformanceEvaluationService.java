package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplates;
import org.tongban.catalog.Indicator;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.EvaluationGrade;
import org.tongban.purchasedservice.PerformanceEvaluations;

/**
 * 绩效评价 and 结项. Evaluators act on their own tasks only; the provider's view is its contact's; the manager's steps
 * are the buying unit's managers'. Points are checked against the template revision fixed at signing.
 */
@Service
@Transactional
class PerformanceEvaluationService implements PerformanceEvaluations {

    private static final int COMMENT_MAX = 1000;
    private static final int EVIDENCE_MAX = 500;
    private static final int TEXT_MAX = 2000;
    /** The provider's objection, the answer and the closing summary fit ps_project's row (see V18). */
    private static final int OBJECTION_MAX = 1000;
    private static final int ANSWER_MAX = 500;
    private static final int SUMMARY_MAX = 1000;
    private static final int OBJECTION_MIN = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ProjectTasks tasks;
    private final ProcessStarts starts;
    private final ServiceProjectsRepository projects;
    private final Contracts contracts;
    private final EvaluationAssignments assignments;
    private final IndicatorScores scores;
    private final PublicReviews publicReviews;
    private final EvaluationTemplates templates;
    private final EvaluationReport reports;
    private final DecisionService decisions;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    PerformanceEvaluationService(ProjectTasks tasks, ProcessStarts starts, ServiceProjectsRepository projects,
                      Contracts contracts, EvaluationAssignments assignments, IndicatorScores scores,
                      PublicReviews publicReviews, EvaluationTemplates templates, EvaluationReport reports,
                      DecisionService decisions, Directory directory, CurrentStaff currentStaff, AuditTrail audit,
                      Clock clock) {
        this.tasks = tasks;
        this.starts = starts;
        this.projects = projects;
        this.contracts = contracts;
        this.assignments = assignments;
        this.scores = scores;
        this.publicReviews = publicReviews;
        this.templates = templates;
        this.reports = reports;
        this.decisions = decisions;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    // --- the manager's steps ---

    @Override
    public void assignEvaluators(String taskId, List<String> evaluators) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_ASSIGN_EVALUATORS);
        Set<String> chosen = new LinkedHashSet<>(evaluators == null ? List.of() : evaluators);
        if (chosen.isEmpty()) {
            throw BusinessException.invalid("purchasedservice.error.evaluators-required");
        }
        Set<String> allowed = new HashSet<>(directory.membersOf(CandidateGroups.role(Roles.EVALUATOR)));
        for (String evaluator : chosen) {
            if (!allowed.contains(evaluator)) {
                throw BusinessException.invalid("purchasedservice.error.panel-not-evaluator", evaluator);
            }
        }
        LocalDateTime now = now();
        chosen.forEach(evaluator -> assignments.save(new EvaluationAssignment(step.project().id(), evaluator,
                step.actor(), now)));
        step.project().evaluationStarted();
        audit.allowed("purchasedservice.evaluation.assign", "project:" + step.project().projectNumber(),
                String.join(",", chosen));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_EVALUATORS, new ArrayList<>(chosen)), "指定评价人",
                String.join("、", directory.displayNames(chosen).values()));
    }

    @Override
    public void answerObjection(String taskId, boolean upheld, String revisedScore, String answer) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_ANSWER_EVALUATION_OBJECTION);
        ServiceProject project = step.project();
        String text = ProjectRules.text(answer, "answer", ANSWER_MAX, true);
        if (upheld) {
            BigDecimal score = score(revisedScore);
            Map<String, Object> grade = grade(score);
            project.objectionAnswered(true, text, score, EvaluationGrade.valueOf((String) grade.get("grade")),
                    (String) grade.get("rule"), ((Number) grade.get("finalPaymentShare")).intValue(), now());
        } else {
            project.objectionAnswered(false, text, null, null, null, null, null);
        }
        audit.allowed("purchasedservice.evaluation.objection", "project:" + project.projectNumber(),
                upheld ? "upheld: " + project.evaluationScore() + " " + project.evaluationGrade() : "dismissed");
        tasks.complete(taskId, Map.of(), upheld ? "异议成立，重新定级" : "异议不成立", text);
    }

    private static BigDecimal score(String typed) {
        String text = ProjectRules.clean(typed);
        if (text == null) {
            throw BusinessException.invalid("purchasedservice.error.revised-score");
        }
        try {
            BigDecimal score = new BigDecimal(text);
            if (score.signum() < 0 || score.compareTo(HUNDRED) > 0 || score.scale() > 2) {
                throw BusinessException.invalid("purchasedservice.error.revised-score");
            }
            return score.setScale(2);
        } catch (NumberFormatException notANumber) {
            throw BusinessException.invalid("purchasedservice.error.revised-score");
        }
    }

    /** The same table the process uses, for a re-checked total. */
    private Map<String, Object> grade(BigDecimal score) {
        VariableMap input = Variables.createVariables().putValue("score", score.doubleValue());
        return decisions.evaluateDecisionTableByKey("EvaluationGrade", input).getSingleResult().getEntryMap();
    }

    @Override
    public void close(String taskId, String summary) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_CLOSE);
        String text = ProjectRules.text(summary, "closing-summary", SUMMARY_MAX, true);
        step.project().close(text, now());
        audit.allowed("purchasedservice.close", "project:" + step.project().projectNumber(), "closed");
        tasks.complete(taskId, Map.of(), "结项归档", text);
        starts.closed(step.project());
    }

    @Override
    public void recordPublicReview(String taskId, PublicReviewDraft draft) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_PUBLIC_REVIEW);
        if (draft == null || draft.heldOn() == null || draft.heldOn().isAfter(LocalDate.now(clock))) {
            throw BusinessException.invalid("purchasedservice.error.review-held-on");
        }
        String participants = ProjectRules.text(draft.participants(), "review-participants", EVIDENCE_MAX, true);
        String opinions = ProjectRules.text(draft.opinions(), "review-opinions", TEXT_MAX, true);
        String response = ProjectRules.text(draft.response(), "review-response", TEXT_MAX, true);
        publicReviews.save(new PublicReview(step.project().id(), draft.heldOn(), participants, opinions, response,
                step.actor(), now()));
        tasks.complete(taskId, Map.of(), "公开评议", opinions);
    }

    // --- the evaluator's sheet ---

    @Override
    @Transactional(readOnly = true)
    public EvaluationSheet sheet(String taskId) {
        Sheet sheet = ownSheet(taskId);
        List<IndicatorPoints> saved = scores.findByEvaluatorId(sheet.assignment().id()).stream()
                .map(score -> new IndicatorPoints(score.indicatorCode(), score.points(), score.evidence())).toList();
        Contract contract = sheet.contract();
        return new EvaluationSheet(sheet.project().id(), sheet.project().projectNumber(), sheet.project().title(),
                contract.providerName(), contract.templateCode(), contract.templateRevision(),
                sheet.template().name(), sheet.template().indicators(), saved, sheet.assignment().comment(),
                sheet.assignment().submittedAt() != null);
    }

    @Override
    public void save(String taskId, List<IndicatorPoints> points, String comment) {
        Sheet sheet = ownSheet(taskId);
        sheet.assignment().requireOpen();
        write(sheet, points, comment);
    }

    @Override
    public void submit(String taskId, List<IndicatorPoints> points, String comment) {
        Sheet sheet = ownSheet(taskId);
        sheet.assignment().requireOpen();
        write(sheet, points, comment);
        List<IndicatorScore> all = scores.findByEvaluatorId(sheet.assignment().id());
        long scored = sheet.template().indicators().stream().filter(Indicator::scored).count();
        if (all.size() < scored) {
            throw BusinessException.invalid("purchasedservice.error.indicators-incomplete", scored - all.size());
        }
        BigDecimal total = all.stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        sheet.assignment().submitted(total, now());
        audit.allowed("purchasedservice.evaluation.submit", "project:" + sheet.project().projectNumber(),
                total.toPlainString());
        tasks.complete(taskId, Map.of(), "提交评价", null);
    }

    /** Each point within 0 and its level-3 indicator's weight, one decimal at most; evidence kept with it. */
    private void write(Sheet sheet, List<IndicatorPoints> points, String comment) {
        Map<String, Indicator> leaves = new HashMap<>();
        sheet.template().indicators().stream().filter(Indicator::scored)
                .forEach(indicator -> leaves.put(indicator.code(), indicator));
        Map<String, IndicatorScore> existing = new HashMap<>();
        scores.findByEvaluatorId(sheet.assignment().id()).forEach(score -> existing.put(score.indicatorCode(), score));
        List<IndicatorScore> added = new ArrayList<>();
        for (IndicatorPoints given : points == null ? List.<IndicatorPoints>of() : points) {
            Indicator indicator = given == null ? null : leaves.get(given.indicatorCode());
            if (indicator == null) {
                throw BusinessException.invalid("purchasedservice.error.indicator-unknown");
            }
            if (given.points() == null) {
                continue;
            }
            BigDecimal value = given.points().stripTrailingZeros();
            if (value.signum() < 0 || value.compareTo(indicator.weight()) > 0 || value.scale() > 1) {
                throw BusinessException.invalid("purchasedservice.error.indicator-points", indicator.name(),
                        indicator.weight().toPlainString());
            }
            String evidence = ProjectRules.text(given.evidence(), "indicator-evidence", EVIDENCE_MAX, false);
            IndicatorScore score = existing.get(indicator.code());
            if (score == null) {
                added.add(new IndicatorScore(sheet.assignment().id(), indicator.code(), value.setScale(2), evidence));
            } else {
                score.change(value.setScale(2), evidence);
            }
        }
        scores.saveAll(added);
        sheet.assignment().comment(ProjectRules.text(comment, "evaluation-comment", COMMENT_MAX, false));
    }

    /** The caller's own evaluation task and assignment; anyone else is refused and recorded. */
    private Sheet ownSheet(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = tasks.openTask(taskId);
        if (!PurchaseProcess.TASK_EVALUATE.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("purchasedservice.error.wrong-step");
        }
        ServiceProject project = tasks.projectOf(task);
        if (!me.getUsername().equals(task.getAssignee())) {
            audit.denied("purchasedservice.evaluation", "project:" + project.projectNumber(), "not the evaluator");
            throw BusinessException.forbidden("purchasedservice.error.evaluation-forbidden");
        }
        EvaluationAssignment assignment = assignments.findByProjectIdAndEvaluator(project.id(), me.getUsername())
                .orElseThrow(() -> BusinessException.forbidden("purchasedservice.error.evaluation-forbidden"));
        Contract contract = contracts.findByProjectId(project.id()).orElseThrow();
        EvaluationTemplate template = templates.revision(contract.templateCode(), contract.templateRevision())
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.template-unknown",
                        contract.templateCode()));
        return new Sheet(project, contract, assignment, template);
    }

    // --- the provider's view ---

    @Override
    public void review(String taskId, boolean confirm, String objection) {
        ProjectTasks.Step step = tasks.providerStep(taskId, PurchaseProcess.TASK_PROVIDER_REVIEW);
        String grounds = ProjectRules.text(objection, "evaluation-objection", OBJECTION_MAX, !confirm);
        if (!confirm && grounds.length() < OBJECTION_MIN) {
            throw BusinessException.invalid("purchasedservice.error.grounds-too-short", OBJECTION_MIN);
        }
        step.project().providerReviewed(confirm, confirm ? null : grounds);
        audit.allowed("purchasedservice.evaluation.review", "project:" + step.project().projectNumber(),
                confirm ? "confirmed" : "objected");
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_EVALUATION_OBJECTED, !confirm),
                confirm ? "确认评价结果" : "提出异议", grounds);
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public EvaluationDetail evaluation(long projectId) {
        ServiceProject project = tasks.readableByBuyerOrProvider(projectId);
        Contract contract = contracts.findByProjectId(project.id())
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.contract-not-found"));
        List<EvaluationAssignment> all = assignments.findByProjectIdOrderById(project.id());
        Map<String, String> names = directory.displayNames(all.stream().map(EvaluationAssignment::evaluator).toList());
        List<EvaluationAssignment> submitted = all.stream().filter(entry -> entry.submittedAt() != null).toList();
        Map<String, List<BigDecimal>> byIndicator = new LinkedHashMap<>();
        scores.findByEvaluatorIdIn(submitted.stream().map(EvaluationAssignment::id).toList())
                .forEach(score -> byIndicator.computeIfAbsent(score.indicatorCode(), code -> new ArrayList<>())
                        .add(score.points()));
        Map<String, BigDecimal> averages = new LinkedHashMap<>();
        byIndicator.forEach((code, values) -> averages.put(code, EvaluationSteps.average(values)));
        return new EvaluationDetail(contract.templateCode(), contract.templateRevision(),
                all.stream().map(entry -> new EvaluatorEntry(entry.evaluator(),
                        names.getOrDefault(entry.evaluator(), entry.evaluator()), entry.total(), entry.comment(),
                        entry.submittedAt())).toList(),
                averages, project.evaluationScore(), project.evaluationGrade(), project.evaluationRule(),
                project.finalPaymentShare(), project.gradedAt(), project.providerObjection(),
                project.objectionUpheld(), project.objectionAnswer(), project.closedAt(), project.closingSummary(),
                publicReviews.findByProjectIdOrderByHeldOn(project.id()).stream()
                        .map(review -> new PublicReviewEntry(review.heldOn(), review.participants(),
                                review.opinions(), review.response())).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] report(long projectId) {
        ServiceProject project = tasks.readableByBuyerOrProvider(projectId);
        if (project.evaluationGrade() == null) {
            throw BusinessException.conflict("purchasedservice.error.not-graded");
        }
        Contract contract = contracts.findByProjectId(project.id()).orElseThrow();
        EvaluationTemplate template = templates.revision(contract.templateCode(), contract.templateRevision())
                .orElseThrow();
        audit.allowed("purchasedservice.evaluation.report", "project:" + project.projectNumber(), "pdf");
        return reports.print(project, contract, template, evaluation(projectId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProviderGrade> gradesOf(String providerCode) {
        List<Long> ids = contracts.findByProviderCodeOrderByRecordedAtDesc(providerCode).stream()
                .map(Contract::projectId).toList();
        return ids.isEmpty() ? List.of() : projects.findByEvaluationGradeIsNotNullAndIdInOrderByGradedAtDesc(ids)
                .stream().map(project -> new ProviderGrade(project.projectNumber(), project.title(),
                        project.departmentName(), project.evaluationScore(), project.evaluationGrade(),
                        project.gradedAt())).toList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Sheet(ServiceProject project, Contract contract, EvaluationAssignment assignment,
                         EvaluationTemplate template) {
    }
}
