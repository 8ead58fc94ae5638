package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.inbox.TaskInbox;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 履约 and 验收 on the application's engine (CI reruns it on MariaDB): milestones reported, returned and
 * passed, payments released only after a milestone passed, the acceptance blocked without the service users, failed
 * and rectified, and changes of time and budget decided by someone else.
 */
@TongbanTest
@Tag("db")
class DeliveryProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    Delivery delivery;
    @Autowired
    BudgetLines budgetLines;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskInbox inbox;
    @Autowired
    org.tongban.purchasedservice.internal.PurchaseDeadlines deadlines;

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

    private Delivery.MilestoneView milestone(ProjectReceipt receipt, int position) {
        return fixtures.delivery(receipt.id()).milestones().get(position);
    }

    @Test
    void milestonesAreReportedCheckedAndPaidThenTheServiceUsersTakePartInTheAcceptance() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        ProcessInstance instance = instance(receipt, "ServiceDelivery");
        assertThat(instance).isWaitingAt("Task_Report");
        assertThat(fixtures.task(receipt, "Task_Report")).hasCandidateGroup("provider:PV001:provider");
        assertThat(fixtures.task(receipt, "Task_Report").getDueDate()).isNotNull();

        fixtures.report(receipt);
        assertThat(milestone(receipt, 0).status()).isEqualTo("REPORTED");
        assertThat(milestone(receipt, 0).evidence()).extracting(Bids.FileEntry::fileName)
                .containsExactly("服务台账.pdf");
        long first = milestone(receipt, 0).id();
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(first, fixtures.today(), "84000",
                "FK-2026-001")), "purchasedservice.error.milestone-status");
        fixtures.check(receipt, true);
        assertThat(milestone(receipt, 0).status()).isEqualTo("PAYABLE");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> delivery.pay(first, fixtures.today(), "84000",
                "FK-2026-001")), "purchasedservice.error.payment-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(first, fixtures.today(), "84000.01",
                "FK-2026-001")), "purchasedservice.error.payment-over");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(first, fixtures.today().plusDays(1),
                "84000", "FK-2026-001")), "purchasedservice.error.paid-on");
        signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(first, fixtures.today(), "84000", "FK-2026-001"));
        assertThat(milestone(receipt, 0).status()).isEqualTo("PAID");
        assertThat(fixtures.delivery(receipt.id()).paid()).isEqualByComparingTo("84000");

        // The second milestone is returned once with the issues, then passed.
        fixtures.report(receipt);
        fixtures.check(receipt, false);
        assertThat(milestone(receipt, 1).status()).isEqualTo("RETURNED");
        assertThat(milestone(receipt, 1).checkNote()).contains("签名");
        assertThat(instance).isWaitingAt("Task_Report");
        fixtures.report(receipt);
        fixtures.check(receipt, true);
        assertThat(milestone(receipt, 1).returns()).isEqualTo(1);
        fixtures.report(receipt);
        fixtures.check(receipt, true);
        // The final payment waits for the performance evaluation.
        assertThat(milestone(receipt, 2).status()).isEqualTo("HELD");
        long last = milestone(receipt, 2).id();
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(last, fixtures.today(), "1",
                "FK-2026-003")), "purchasedservice.error.milestone-status");

        assertThat(instance).isWaitingAt("Task_Acceptance");
        String acceptance = fixtures.taskId(receipt, "Task_Acceptance");
        long deniedBefore = jdbc.queryForObject("select count(*) from base_audit_event where action ="
                + " 'purchasedservice.acceptance' and outcome = 'DENIED'", Long.class);
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> delivery.accept(acceptance,
                new Delivery.AcceptanceDraft(null, null, null, " ", null, true, "服务按合同完成。"))),
                "purchasedservice.error.acceptance-no-service-users");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> delivery.accept(acceptance,
                new Delivery.AcceptanceDraft(30, 31, 20, null, null, true, "服务按合同完成。"))),
                "purchasedservice.error.acceptance-survey");
        assertThat(jdbc.queryForObject("select count(*) from base_audit_event where action ="
                + " 'purchasedservice.acceptance' and outcome = 'DENIED'", Long.class)).isEqualTo(deniedBefore + 1);
        assertThat(fixtures.delivery(receipt.id()).acceptances()).isEmpty();

        signIn.as(ProjectFixtures.MANAGER, () -> delivery.accept(acceptance, fixtures.survey(true)));

        Delivery.AcceptanceView accepted = fixtures.delivery(receipt.id()).acceptances().get(0);
        assertThat(accepted.passed()).isTrue();
        assertThat(accepted.satisfaction()).isEqualByComparingTo("92.9");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.ACCEPTED);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult().getEndActivityId()).isEqualTo("EndEvent_Accepted");
    }

    @Test
    void aFailedAcceptanceGoesToTheProviderToRectifyAndIsAcceptedAgain() {
        ProjectReceipt receipt = fixtures.delivered(fixtures.draft(fixtures.line("1000000")));
        signIn.as(ProjectFixtures.MANAGER, () -> delivery.accept(fixtures.taskId(receipt, "Task_Acceptance"),
                new Delivery.AcceptanceDraft(null, null, null, "服务对象代表：王大爷、李阿姨", "希望增加周末探访。", false,
                        "部分家庭未按计划探访，须补足。")));
        assertThat(instance(receipt, "ServiceDelivery")).isWaitingAt("Task_Rectify");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> delivery.rectify(
                fixtures.taskId(receipt, "Task_Rectify"), "已补足。")), "purchasedservice.error.delivery-forbidden");

        signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.rectify(fixtures.taskId(receipt, "Task_Rectify"),
                "已补足 12 户探访并增加周末服务。"));
        signIn.as(ProjectFixtures.MANAGER, () -> delivery.accept(fixtures.taskId(receipt, "Task_Acceptance"),
                fixtures.survey(true)));

        List<Delivery.AcceptanceView> attempts = fixtures.delivery(receipt.id()).acceptances();
        assertThat(attempts).extracting(Delivery.AcceptanceView::passed).containsExactly(false, true);
        assertThat(attempts.get(0).representatives()).contains("王大爷");
        assertThat(attempts.get(0).rectification()).contains("周末");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.ACCEPTED);
    }

    @Test
    void theOtherProviderNeitherReportsNorReadsAndTheOwnProviderReadsItsDelivery() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        String report = fixtures.taskId(receipt, "Task_Report");

        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> delivery.report(report, "报告",
                List.of(new Bids.NewFile("a.pdf", ProjectFixtures.PDF)))), "purchasedservice.error.delivery-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> delivery.delivery(receipt.id())),
                "purchasedservice.error.project-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.report(report, "报告", List.of())),
                "purchasedservice.error.evidence-required");
        assertThat(signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.delivery(receipt.id())).milestones())
                .hasSize(3);
        assertThat(signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.myProjects()))
                .extracting(Delivery.ProviderProject::projectNumber).contains(receipt.projectNumber());
        assertThat(signIn.as(ProjectFixtures.PROVIDER_B, () -> delivery.myProjects()))
                .extracting(Delivery.ProviderProject::projectNumber).doesNotContain(receipt.projectNumber());
    }

    @Test
    void changesOfTimeAndBudgetAreDecidedBySomeoneElseAndApplyAtOnce() {
        BudgetLineEntry line = fixtures.line("1000000");
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(line));
        LocalDate end = fixtures.delivery(receipt.id()).endOn();

        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.requestChange(receipt.id(),
                new Delivery.ChangeDraft(Delivery.ChangeKind.TIME, "延长服务期", "寒假期间暂停入户。",
                        end.plusMonths(30), null))), "purchasedservice.error.change-term-too-long");
        signIn.as(ProjectFixtures.PROVIDER_A, () -> delivery.requestChange(receipt.id(),
                new Delivery.ChangeDraft(Delivery.ChangeKind.TIME, "延长服务期两个月", "寒假期间暂停入户，顺延。",
                        end.plusMonths(2), null)));
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> delivery.requestChange(receipt.id(),
                new Delivery.ChangeDraft(Delivery.ChangeKind.SCOPE, "增加服务内容", "需求变化。", null, null))),
                "purchasedservice.error.change-pending");
        assertRefused(() -> signIn.as(ProjectFixtures.OTHER_DEPARTMENT, () -> delivery.requestChange(receipt.id(),
                new Delivery.ChangeDraft(Delivery.ChangeKind.SCOPE, "增加服务内容", "需求变化。", null, null))),
                "purchasedservice.error.change-forbidden");
        assertThat(fixtures.task(receipt, "Task_DecideChange")).hasCandidateGroup("department:DP-MZ:dept-reviewer");
        signIn.as("sunli", () -> delivery.decideChange(fixtures.taskId(receipt, "Task_DecideChange"), true, null));
        assertThat(fixtures.delivery(receipt.id()).endOn()).isEqualTo(end.plusMonths(2));

        BudgetLineEntry before = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.list(null)).stream()
                .filter(entry -> entry.id() == line.id()).findFirst().orElseThrow();
        signIn.as(ProjectFixtures.MANAGER, () -> delivery.requestChange(receipt.id(), new Delivery.ChangeDraft(
                Delivery.ChangeKind.BUDGET, "增加 20 户服务对象", "新增困境儿童家庭。", null, "300000")));
        assertThat(fixtures.task(receipt, "Task_DecideChange")).hasCandidateGroup("department:DP-CZ:finance-reviewer");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> delivery.decideChange(
                fixtures.taskId(receipt, "Task_DecideChange"), false, " ")),
                "purchasedservice.error.decision-note-required");
        signIn.as(ProjectFixtures.FINANCE, () -> delivery.decideChange(fixtures.taskId(receipt, "Task_DecideChange"),
                true, "同意，从本年度额度安排。"));

        Delivery.DeliveryDetail changed = fixtures.delivery(receipt.id());
        assertThat(changed.amount()).isEqualByComparingTo("300000");
        assertThat(changed.milestones()).extracting(Delivery.MilestoneView::paymentAmount)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("90000"), new java.math.BigDecimal("120000"),
                        new java.math.BigDecimal("90000"));
        BudgetLineEntry after = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.list(null)).stream()
                .filter(entry -> entry.id() == line.id()).findFirst().orElseThrow();
        assertThat(after.committed().subtract(before.committed())).isEqualByComparingTo("20000");
        assertThat(changed.changes()).extracting(Delivery.ChangeView::approved).containsExactly(true, true);
    }

    @Test
    void aMilestoneNotReportedByItsDateGivesTheManagerAnUrgeTaskAndTheReportStaysOpen() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        ProcessInstance instance = instance(receipt, "ServiceDelivery");
        org.camunda.bpm.engine.runtime.Job overdue = engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("BoundaryEvent_ReportOverdue").singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(fixtures.task(receipt, "Task_Report").getDueDate());

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt("Task_Report", "Task_UrgeReport");
        assertThat(fixtures.task(receipt, "Task_UrgeReport")).hasCandidateGroup("department:DP-MZ:project-manager")
                .hasFormKey("camunda-forms:deployment:forms/purchasedservice/MilestoneUrge.form");
        signIn.as(ProjectFixtures.MANAGER, () -> inbox.complete(fixtures.taskId(receipt, "Task_UrgeReport"),
                java.util.Map.of("urgeAction", "urged", "urgeNote", "已电话督促杨光社工服务中心三日内报告")));
        assertThat(instance).hasPassed("EndEvent_Urged").isWaitingAt("Task_Report");

        fixtures.report(receipt);
        assertThat(instance).isWaitingAt("Task_CheckMilestone");
    }

    @Test
    void aReportReturnedAfterTheMilestonesDateGetsTimeToBeMadeAgainBeforeTheNextUrge() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        ProcessInstance instance = instance(receipt, "ServiceDelivery");
        // The provider reports late: the first milestone's date is three days gone.
        jdbc.update("update ps_milestone set due_on = ? where id = ?", fixtures.today().minusDays(3),
                milestone(receipt, 0).id());
        fixtures.report(receipt);
        fixtures.check(receipt, false);

        assertThat(instance).isWaitingAt("Task_Report");
        org.camunda.bpm.engine.runtime.Job urge = engine.getManagementService().createJobQuery()
                .processInstanceId(instance.getId()).activityId("BoundaryEvent_ReportOverdue").singleResult();
        assertThat(urge.getDuedate()).isAfter(java.sql.Timestamp.valueOf(fixtures.now()))
                .isEqualTo(deadlines.reportOverdue(milestone(receipt, 0).id()));
    }
}
