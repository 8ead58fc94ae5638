package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

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
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 承接主体确定 and 合同 on the application's engine (CI reruns it on MariaDB): bids to a signed
 * contract, no bids, a recusal that leaves the panel short, an objection upheld and the project re-selected, and a
 * contract over three years refused.
 */
@TongbanTest
@Tag("db")
class ProviderSelectionProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProviderSelection selection;
    @Autowired
    PanelScoring scoring;
    @Autowired
    Bids bids;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void useApplicationEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProcessInstance instance(ProjectReceipt receipt) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ProviderSelection")
                .processInstanceBusinessKey(receipt.projectNumber()).singleResult();
    }

    private void assertEndedAt(ProjectReceipt receipt, String endEvent) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .activityId(endEvent).list()).anySatisfy(activity -> assertThat(engine.getHistoryService()
                .createHistoricProcessInstanceQuery().processInstanceId(activity.getProcessInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(receipt.projectNumber()));
        assertThat(instance(receipt)).isNull();
    }

    private Bids.MyBid myBid(String provider, ProjectReceipt receipt) {
        return signIn.as(provider, () -> bids.myBids()).stream()
                .filter(bid -> bid.projectNumber().equals(receipt.projectNumber())).findFirst().orElseThrow();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey()).isEqualTo(messageKey);
    }

    @Test
    void bidsAreScoredByThePanelTheResultStandsThroughTheObjectionPeriodAndTheContractIsSigned() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        assertThat(instance(receipt)).isStarted().isWaitingAt("Timer_BidsClose");
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "280000");
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_B, "260000");
        // Sealed until the deadline: counted, never shown.
        ProviderSelection.SelectionDetail sealed = fixtures.selection(receipt.id());
        assertThat(sealed.sealed()).isTrue();
        assertThat(sealed.bidCount()).isEqualTo(2);
        assertThat(sealed.bids()).isEmpty();

        fixtures.fireTimer(receipt);
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.EVALUATING);
        assertThat(instance(receipt)).isWaitingAt("Task_FormPanel");
        assertThat(fixtures.task(receipt, "Task_FormPanel")).hasCandidateGroup("department:DP-MZ:project-manager");

        fixtures.formPanel(receipt, ProjectFixtures.EVALUATORS);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(receipt.projectNumber())
                .taskDefinitionKey("Task_Score").list()).extracting(task -> task.getAssignee())
                .containsExactlyInAnyOrderElementsOf(ProjectFixtures.EVALUATORS);
        ProjectFixtures.EVALUATORS.forEach(evaluator -> fixtures.score(receipt, evaluator,
                Map.of("PV001", 0.9, "PV002", 0.7)));

        assertThat(instance(receipt)).hasPassed("ServiceTask_Tally").isWaitingAt("Task_ConfirmResult");
        ProviderSelection.SelectionDetail scored = fixtures.selection(receipt.id());
        ProviderSelection.BidEntry first = scored.bids().stream().filter(bid -> bid.ranking() == 1).findFirst()
                .orElseThrow();
        assertThat(first.providerCode()).isEqualTo("PV001");
        // 90% of 100 points from each of three members: the average total is 90.
        assertThat(first.score()).isEqualByComparingTo("90.00");
        assertThat(scored.panel()).hasSize(3).allSatisfy(member -> assertThat(member.conflict()).isFalse());

        fixtures.confirm(receipt);
        ProviderSelection.SelectionDetail published = fixtures.selection(receipt.id());
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.RESULT_PUBLISHED);
        assertThat(published.objectionDeadline()).isAfter(published.resultPublishedAt());
        assertThat(published.bids()).filteredOn(ProviderSelection.BidEntry::chosen)
                .extracting(ProviderSelection.BidEntry::providerCode).containsExactly("PV001");
        assertThat(myBid(ProjectFixtures.PROVIDER_B, receipt).mayObject()).isTrue();

        fixtures.fireTimer(receipt);
        assertThat(instance(receipt)).hasPassed("ServiceTask_CheckObjections", "ServiceTask_Award")
                .isWaitingAt("Task_Contract");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.AWARDED);

        signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(fixtures.taskId(receipt, "Task_Contract"),
                fixtures.contract("12", "280000", List.of(30, 40, 30))));

        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.CONTRACTED);
        ProviderSelection.ContractEntry contract = fixtures.selection(receipt.id()).contract();
        assertThat(contract.contractNumber()).matches("HT-YX-" + fixtures.today().getYear() + "-\\d{4}");
        assertThat(contract.providerName()).isEqualTo("云溪县阳光社会工作服务中心");
        assertThat(contract.endOn()).isEqualTo(contract.startOn().plusMonths(12).minusDays(1));
        assertThat(contract.templateCode()).isEqualTo("ET-01");
        assertThat(contract.milestones()).extracting(ProviderSelection.MilestoneEntry::paymentAmount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("84000"), new BigDecimal("112000"), new BigDecimal("84000"));
        assertEndedAt(receipt, "EndEvent_Contracted");
    }

    @Test
    void aNoticeNobodyAnsweredEndsWithoutBids() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));

        fixtures.fireTimer(receipt);

        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.NO_BIDS);
        assertEndedAt(receipt, "EndEvent_NoBids");
    }

    @Test
    void aMemberWithAConflictIsRecusedCannotScoreAndIsReplaced() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "280000");
        fixtures.fireTimer(receipt);
        assertRefused(() -> fixtures.formPanel(receipt, List.of("zhengxue", "fengtao")),
                "purchasedservice.error.panel-size");
        assertRefused(() -> fixtures.formPanel(receipt, List.of("zhengxue", "fengtao", ProjectFixtures.MANAGER)),
                "purchasedservice.error.panel-not-evaluator");
        fixtures.formPanel(receipt, ProjectFixtures.EVALUATORS);
        String recusedTask = fixtures.scoringTask(receipt, "tangyu");
        assertRefused(() -> signIn.as("tangyu", () -> scoring.save(recusedTask, List.of())),
                "purchasedservice.error.declare-first");
        assertRefused(() -> signIn.as("fengtao", () -> scoring.declare(recusedTask, false, null)),
                "purchasedservice.error.scoring-forbidden");

        signIn.as("tangyu", () -> scoring.declare(recusedTask, true, "本人曾任阳光社工中心理事。"));

        assertThat(engine.getTaskService().createTaskQuery().taskId(recusedTask).singleResult()).isNull();
        fixtures.score(receipt, "zhengxue", Map.of("PV001", 0.8));
        fixtures.score(receipt, "fengtao", Map.of("PV001", 0.8));
        // Two members scored, fewer than three: back to the manager.
        assertThat(instance(receipt)).hasPassed("ServiceTask_Tally").isWaitingAt("Task_FormPanel");
        assertRefused(() -> fixtures.formPanel(receipt, List.of("zhengxue")),
                "purchasedservice.error.panel-already-member");
        fixtures.formPanel(receipt, List.of(ProjectFixtures.SPARE_EVALUATOR));
        fixtures.score(receipt, ProjectFixtures.SPARE_EVALUATOR, Map.of("PV001", 0.8));

        assertThat(instance(receipt)).isWaitingAt("Task_ConfirmResult");
        List<ProviderSelection.PanelEntry> panel = fixtures.selection(receipt.id()).panel();
        assertThat(panel).hasSize(4);
        assertThat(panel).filteredOn(member -> Boolean.TRUE.equals(member.conflict()))
                .extracting(ProviderSelection.PanelEntry::evaluator, ProviderSelection.PanelEntry::conflictNote)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tangyu", "本人曾任阳光社工中心理事。"));
        assertThat(jdbc.queryForObject("select count(*) from ps_score s join ps_panel_member m on m.id = s.member_id"
                + " where m.evaluator = 'tangyu' and m.project_id = ?", Long.class, receipt.id())).isZero();
    }

    @Test
    void anUpheldObjectionVoidsTheRoundAndANewPanelSelectsAgain() {
        ProjectReceipt receipt = fixtures.resultPublished(fixtures.draft(fixtures.line("1000000")));
        Bids.MyBid chosen = myBid(ProjectFixtures.PROVIDER_A, receipt);
        Bids.MyBid other = myBid(ProjectFixtures.PROVIDER_B, receipt);
        assertThat(chosen.chosen()).isTrue();
        assertThat(chosen.mayObject()).isFalse();
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_A, () -> bids.object(chosen.id(),
                "对结果有异议，请复核评分。")), "purchasedservice.error.objection-not-bidder");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.object(other.id(), "有异议")),
                "purchasedservice.error.grounds-too-short");

        signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.object(other.id(),
                "评审小组成员唐瑜曾任中选人理事，应当回避而未回避，评分不公正。"));
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_B, () -> bids.object(other.id(),
                "再次质疑评分结果，请重新评审。")), "purchasedservice.error.objection-once");

        fixtures.fireTimer(receipt);
        assertThat(instance(receipt)).isWaitingAt("Task_AnswerObjections");
        ProviderSelection.ObjectionEntry objection = fixtures.selection(receipt.id()).objections().get(0);
        assertThat(objection.providerName()).isEqualTo("云溪县益邻社区服务社");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.answerObjections(
                fixtures.taskId(receipt, "Task_AnswerObjections"), List.of())),
                "purchasedservice.error.objection-unanswered");

        signIn.as(ProjectFixtures.MANAGER, () -> selection.answerObjections(
                fixtures.taskId(receipt, "Task_AnswerObjections"), List.of(new ProviderSelection.ObjectionAnswer(
                        objection.id(), true, "经核实，唐瑜应当回避，本轮结果作废，重新组织评审。"))));

        assertThat(instance(receipt)).isWaitingAt("Task_FormPanel");
        ProviderSelection.SelectionDetail again = fixtures.selection(receipt.id());
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.resultPublishedAt()).isNull();
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.EVALUATING);
        assertThat(myBid(ProjectFixtures.PROVIDER_B, receipt).objectionUpheld()).as("a new round").isNull();

        List<String> newPanel = List.of("zhengxue", "fengtao", ProjectFixtures.SPARE_EVALUATOR);
        fixtures.formPanel(receipt, newPanel);
        newPanel.forEach(evaluator -> fixtures.score(receipt, evaluator, Map.of("PV001", 0.7, "PV002", 0.85)));
        fixtures.confirm(receipt);

        assertThat(fixtures.selection(receipt.id()).bids()).filteredOn(ProviderSelection.BidEntry::chosen)
                .extracting(ProviderSelection.BidEntry::providerCode).containsExactly("PV002");
        fixtures.fireTimer(receipt);
        assertThat(instance(receipt)).isWaitingAt("Task_Contract");
    }

    @Test
    void aContractLongerThanThreeYearsOrNotAddingUpIsRefusedAndNothingIsWritten() {
        ProjectReceipt receipt = fixtures.resultPublished(fixtures.draft(fixtures.line("1000000")));
        fixtures.fireTimer(receipt);
        String taskId = fixtures.taskId(receipt, "Task_Contract");

        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(taskId,
                fixtures.contract("37", "280000", List.of(50, 50)))), "purchasedservice.error.term-range");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(taskId,
                fixtures.contract("12", "280000", List.of(50, 40)))), "purchasedservice.error.milestones-sum");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(taskId,
                fixtures.contract("12", "280000.01", List.of(100)))), "purchasedservice.error.contract-over-bid");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(taskId,
                fixtures.contract("十二", "280000", List.of(100)))), "purchasedservice.error.term-not-number");

        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.AWARDED);
        assertThat(fixtures.selection(receipt.id()).contract()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from ps_milestone where project_id = ?", Long.class,
                receipt.id())).isZero();
        assertThat(instance(receipt)).isWaitingAt("Task_Contract");

        signIn.as(ProjectFixtures.MANAGER, () -> selection.signContract(taskId,
                fixtures.contract("36", "280000", List.of(100))));
        assertThat(fixtures.selection(receipt.id()).contract().termMonths()).isEqualTo(36);
    }
}
