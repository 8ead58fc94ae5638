package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 绩效评价 and 结项 on the application's engine (CI reruns it on MariaDB): graded 优 and paid in full,
 * graded 差 and the final payment withheld, the provider's one objection upheld and re-graded, the evaluators held
 * to their own sheets and the template's weights, and the public reviews of a public-commitment project.
 */
@TongbanTest
@Tag("db")
class EvaluationProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    PerformanceEvaluations evaluations;
    @Autowired
    ServiceProjects projects;
    @Autowired
    SignIn signIn;

    @BeforeEach
    void useApplicationEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProcessInstance instance(ProjectReceipt receipt, String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
                .processInstanceBusinessKey(receipt.projectNumber()).singleResult();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey()).isEqualTo(messageKey);
    }

    private String lastMilestoneStatus(ProjectReceipt receipt) {
        List<Delivery.MilestoneView> milestones = fixtures.delivery(receipt.id()).milestones();
        return milestones.get(milestones.size() - 1).status();
    }

    @Test
    void anExcellentGradeReleasesTheFinalPaymentJoinsTheProvidersRecordAndTheProjectCloses() {
        ProjectReceipt receipt = fixtures.accepted(fixtures.draft(fixtures.line("1000000")));
        ProcessInstance instance = instance(receipt, "PerformanceEvaluation");
        assertThat(instance).isWaitingAt("Task_AssignEvaluators");

        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.assignEvaluators(
                fixtures.taskId(receipt, "Task_AssignEvaluators"), List.of("zhengxue", "fengtao")));
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.UNDER_EVALUATION);
        fixtures.evaluate(receipt, "zhengxue", 0.96);
        fixtures.evaluate(receipt, "fengtao", 0.92);

        assertThat(instance).hasPassed("ServiceTask_Total", "BusinessRuleTask_Grade", "ServiceTask_RecordGrade")
                .isWaitingAt("Task_ProviderReview");
        PerformanceEvaluations.EvaluationDetail graded = signIn.as(ProjectFixtures.MANAGER,
                () -> evaluations.evaluation(receipt.id()));
        assertThat(graded.grade()).isEqualTo(EvaluationGrade.EXCELLENT);
        assertThat(graded.score()).isBetween(new BigDecimal("90"), new BigDecimal("95"));
        assertThat(graded.finalPaymentShare()).isEqualTo(100);
        assertThat(graded.evaluators()).extracting(PerformanceEvaluations.EvaluatorEntry::total)
                .allSatisfy(total -> assertThat(total).isNotNull());
        assertThat(fixtures.task(receipt, "Task_ProviderReview")).hasCandidateGroup("provider:PV001:provider");

        signIn.as(ProjectFixtures.PROVIDER_A, () -> evaluations.review(fixtures.taskId(receipt, "Task_ProviderReview"),
                true, null));
        assertThat(lastMilestoneStatus(receipt)).isEqualTo("PAYABLE");
        assertThat(fixtures.delivery(receipt.id()).milestones().get(2).paymentAmount()).isEqualByComparingTo("84000");
        assertThat(evaluations.gradesOf("PV001")).extracting(PerformanceEvaluations.ProviderGrade::projectNumber)
                .contains(receipt.projectNumber());
        assertThat(new String(signIn.as(ProjectFixtures.MANAGER, () -> evaluations.report(receipt.id())), 0, 5,
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> evaluations.close(
                fixtures.taskId(receipt, "Task_Close"), " ")), "purchasedservice.error.closing-summary-required");
        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.close(fixtures.taskId(receipt, "Task_Close"),
                "项目按合同完成，绩效评价为优，资料已归档。"));
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.CLOSED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndActivityId()).isEqualTo("EndEvent_Closed");
    }

    @Test
    void aPoorGradeWithholdsTheFinalPayment() {
        ProjectReceipt receipt = fixtures.graded(fixtures.draft(fixtures.line("1000000")), 0.5);
        PerformanceEvaluations.EvaluationDetail graded = signIn.as(ProjectFixtures.MANAGER,
                () -> evaluations.evaluation(receipt.id()));
        assertThat(graded.grade()).isEqualTo(EvaluationGrade.POOR);
        assertThat(graded.finalPaymentShare()).isZero();

        signIn.as(ProjectFixtures.PROVIDER_A, () -> evaluations.review(fixtures.taskId(receipt, "Task_ProviderReview"),
                true, null));

        assertThat(lastMilestoneStatus(receipt)).isEqualTo("WITHHELD");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.SETTLED);
        assertThat(evaluations.gradesOf("PV001")).filteredOn(grade -> grade.projectNumber()
                .equals(receipt.projectNumber())).extracting(PerformanceEvaluations.ProviderGrade::grade)
                .containsExactly(EvaluationGrade.POOR);
    }

    @Test
    void theProviderObjectsOnceAndAnUpheldObjectionGradesAgainFromTheRecheckedTotal() {
        ProjectReceipt receipt = fixtures.graded(fixtures.draft(fixtures.line("1000000")), 0.55);
        String review = fixtures.taskId(receipt, "Task_ProviderReview");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> evaluations.review(review, false,
                "评分未计入补充的服务台账。")), "purchasedservice.error.delivery-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_A, () -> evaluations.review(review, false, " ")),
                "purchasedservice.error.evaluation-objection-required");

        signIn.as(ProjectFixtures.PROVIDER_A, () -> evaluations.review(review, false,
                "满意度指标未计入 12 月补充的 40 份问卷，请复核。"));
        assertThat(instance(receipt, "PerformanceEvaluation")).isWaitingAt("Task_AnswerEvaluationObjection");
        String answer = fixtures.taskId(receipt, "Task_AnswerEvaluationObjection");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> evaluations.answerObjection(answer, true, "101",
                "复核后加分。")), "purchasedservice.error.revised-score");

        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.answerObjection(answer, true, "82.5",
                "经复核，补充问卷属实，满意度指标改为满分，总分 82.5 分。"));

        PerformanceEvaluations.EvaluationDetail regraded = signIn.as(ProjectFixtures.MANAGER,
                () -> evaluations.evaluation(receipt.id()));
        assertThat(regraded.grade()).isEqualTo(EvaluationGrade.GOOD);
        assertThat(regraded.score()).isEqualByComparingTo("82.5");
        assertThat(regraded.objectionUpheld()).isTrue();
        assertThat(regraded.providerObjection()).contains("40 份问卷");
        assertThat(lastMilestoneStatus(receipt)).isEqualTo("PAYABLE");
        assertThat(instance(receipt, "PerformanceEvaluation")).isWaitingAt("Task_Close");
    }

    @Test
    void evaluatorsScoreOnlyTheirOwnSheetWithinEachIndicatorsWeightAndReadOnlyTheirProjects() {
        ProjectReceipt receipt = fixtures.accepted(fixtures.draft(fixtures.line("1000000")));
        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.assignEvaluators(
                fixtures.taskId(receipt, "Task_AssignEvaluators"), List.of("zhengxue")));
        String taskId = fixtures.evaluationTask(receipt, "zhengxue");
        PerformanceEvaluations.EvaluationSheet sheet = signIn.as("zhengxue", () -> evaluations.sheet(taskId));
        assertThat(sheet.templateCode()).isEqualTo("ET-01");
        List<PerformanceEvaluations.IndicatorPoints> full = ProjectFixtures.pointsAt(sheet, 1.0);
        PerformanceEvaluations.IndicatorPoints first = full.get(0);

        assertRefused(() -> signIn.as("zhengxue", () -> evaluations.save(taskId, List.of(
                new PerformanceEvaluations.IndicatorPoints(first.indicatorCode(), first.points().add(BigDecimal.ONE),
                        null)), null)), "purchasedservice.error.indicator-points");
        assertRefused(() -> signIn.as("zhengxue", () -> evaluations.submit(taskId, full.subList(0, 3), null)),
                "purchasedservice.error.indicators-incomplete");
        assertRefused(() -> signIn.as(ProjectFixtures.SPARE_EVALUATOR, () -> evaluations.sheet(taskId)),
                "purchasedservice.error.evaluation-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.SPARE_EVALUATOR, () -> projects.open(receipt.id())),
                "purchasedservice.error.project-forbidden");
        assertThat(signIn.as("zhengxue", () -> projects.open(receipt.id())).projectNumber())
                .isEqualTo(receipt.projectNumber());

        // Saved points come back on the sheet; submitting once closes it.
        signIn.as("zhengxue", () -> evaluations.save(taskId, full.subList(0, 3), "暂存"));
        assertThat(signIn.as("zhengxue", () -> evaluations.sheet(taskId)).saved()).hasSize(3);
        signIn.as("zhengxue", () -> evaluations.submit(taskId, full, "资料齐全。"));
        assertThat(signIn.as(ProjectFixtures.MANAGER, () -> evaluations.evaluation(receipt.id())).score())
                .isEqualByComparingTo(full.stream().map(PerformanceEvaluations.IndicatorPoints::points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void aPublicCommitmentProjectIsReviewedInPublicEverySixMonthsUntilItCloses() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")).publicCommitment());
        ProcessInstance reviews = instance(receipt, "PublicCommitmentReview");
        assertThat(reviews).isWaitingAt("Timer_HalfYear");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(reviews.getId()).singleResult()
                .getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(170))));

        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
                .processInstanceId(reviews.getId()).singleResult().getId());
        assertThat(reviews).isWaitingAt("Task_PublicReview");
        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.recordPublicReview(
                fixtures.taskId(receipt, "Task_PublicReview"), new PerformanceEvaluations.PublicReviewDraft(
                        fixtures.today(), "居民代表 12 人、人大代表 1 人", "希望增加周末探访。", "已调整排班，周六上午入户。")));
        assertThat(reviews).isWaitingAt("Timer_HalfYear");
        assertThat(signIn.as(ProjectFixtures.MANAGER, () -> evaluations.evaluation(receipt.id())).publicReviews())
                .extracting(PerformanceEvaluations.PublicReviewEntry::opinions).containsExactly("希望增加周末探访。");
    }
}
