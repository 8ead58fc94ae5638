package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.BusinessException;
import org.tongban.catalog.WorkingDays;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;
import org.tongban.workaccess.PurchaseProposed;

/**
 * Every path of 立项 → 经费预算 → 采购方式 → 信息发布 through the service layer on the application's engine (CI reruns
 * it on MariaDB): published, budget refused, returned and resubmitted, returned and withdrawn, over the budget line,
 * single source with its justification, and a project answering a work-access proposal.
 */
@TongbanTest
@Tag("db")
class ServiceProjectProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ServiceProjects projects;
    @Autowired
    PublicNotices notices;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    SignIn signIn;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void useApplicationEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProcessInstance instance(ProjectReceipt receipt) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("ServiceProjectInitiation").processInstanceBusinessKey(receipt.projectNumber())
                .singleResult();
    }

    private void assertEndedAt(String processInstanceId, String endEvent) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(endEvent).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isZero();
    }

    @Test
    void aProjectIsApprovedWithinItsLineGetsItsMethodFromTheTableAndIsPublished() {
        BudgetLineEntry line = fixtures.line("1000000");
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(line));

        assertThat(receipt.projectNumber()).matches("GM-YX-" + fixtures.today().getYear() + "-\\d{4}");
        assertThat(receipt.status()).isEqualTo(ProjectStatus.BUDGET_REVIEW);
        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Task_BudgetReview");
        assertThat(fixtures.task(receipt, "Task_BudgetReview")).hasCandidateGroup("department:DP-CZ:finance-reviewer");
        assertThat(fixtures.task(receipt, "Task_BudgetReview").getDueDate())
                .isEqualTo(workingDays.endOf(workingDays.plusWorkingDays(fixtures.today(), 5)));

        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(fixtures.taskId(receipt, "Task_BudgetReview"),
                BudgetDecision.APPROVE, null));

        ProjectDetail approved = fixtures.detail(receipt.id());
        assertThat(approved.status()).isEqualTo(ProjectStatus.TO_PUBLISH);
        assertThat(approved.budgetLine().committed()).isEqualByComparingTo("300000");
        assertThat(approved.budgetLine().available()).isEqualByComparingTo("700000");
        assertThat(approved.budgetDecision().by()).isEqualTo("蔡文");
        // 30万, no special circumstance: below the 100万 limit ⇒ 询价, 3 working days.
        assertThat(approved.method()).isEqualTo(PurchaseMethod.REQUEST_FOR_QUOTATION);
        assertThat(approved.methodRule()).isEqualTo("M3");
        assertThat(approved.noticeDays()).isEqualTo(3);
        assertThat(approved.noticeWorkingDays()).isTrue();
        assertThat(approved.earliestDeadline()).isEqualTo(workingDays.plusWorkingDays(fixtures.today(), 3));
        assertThat(instance).hasPassed("BusinessRuleTask_Method", "ServiceTask_RecordMethod").isWaitingAt("Task_Publish");
        assertThat(fixtures.task(receipt, "Task_Publish")).hasCandidateGroup("department:DP-MZ:project-manager");

        signIn.as(ProjectFixtures.MANAGER, () -> projects.publish(fixtures.taskId(receipt, "Task_Publish"),
                fixtures.notice(approved.earliestDeadline())));

        ProjectDetail published = fixtures.detail(receipt.id());
        assertThat(published.status()).isEqualTo(ProjectStatus.PUBLISHED);
        assertThat(published.bidDeadline()).isEqualTo(approved.earliestDeadline().atTime(17, 0));
        assertThat(published.criteria()).extracting(NoticeDraft.Criterion::weight).containsExactly(50, 30, 20);
        assertEndedAt(published.processInstanceId(), "EndEvent_Published");
        PublicNotices.PublicNotice notice = notices.notice(receipt.projectNumber()).orElseThrow();
        assertThat(notice.open()).isTrue();
        assertThat(notice.method()).isEqualTo(PurchaseMethod.REQUEST_FOR_QUOTATION);
        assertThat(notice.criteria()).hasSize(3);
        assertThat(notice.singleSourceReason()).isNull();
        assertThat(notices.notices()).extracting(PublicNotices.PublicNotice::projectNumber)
                .contains(receipt.projectNumber());
    }

    @Test
    void aRefusedBudgetEndsTheProjectWithTheReasonAndTakesNothingOfTheLine() {
        BudgetLineEntry line = fixtures.line("1000000");
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(line));
        String taskId = fixtures.taskId(receipt, "Task_BudgetReview");

        assertThatThrownBy(() -> signIn.as(ProjectFixtures.FINANCE,
                () -> projects.reviewBudget(taskId, BudgetDecision.REFUSE, " ")))
                .isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey())
                .isEqualTo("purchasedservice.error.comment-required");
        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(taskId, BudgetDecision.REFUSE,
                "本年度已安排同类项目，不再重复安排。"));

        ProjectDetail refused = fixtures.detail(receipt.id());
        assertThat(refused.status()).isEqualTo(ProjectStatus.BUDGET_REFUSED);
        assertThat(refused.budgetDecision().comment()).isEqualTo("本年度已安排同类项目，不再重复安排。");
        assertThat(refused.budgetLine().committed()).isEqualByComparingTo("0");
        assertThat(refused.method()).isNull();
        assertEndedAt(refused.processInstanceId(), "EndEvent_BudgetRefused");
        assertThat(notices.notice(receipt.projectNumber())).isEmpty();
    }

    @Test
    void aReturnedProjectIsRevisedAndReviewedAgain() {
        BudgetLineEntry line = fixtures.line("1000000");
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(line));
        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(fixtures.taskId(receipt, "Task_BudgetReview"),
                BudgetDecision.RETURN, "测算依据不足，请按服务人次细化预算。"));
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.RETURNED);
        assertThat(instance(receipt)).isWaitingAt("Task_Revise");
        assertThat(fixtures.task(receipt, "Task_Revise")).hasCandidateGroup("department:DP-MZ:project-manager");

        signIn.as(ProjectFixtures.MANAGER, () -> projects.resubmit(fixtures.taskId(receipt, "Task_Revise"),
                fixtures.draft(line).amount("280000").title("城关街道困境儿童关爱服务项目（修改）").build()));

        ProjectDetail revised = fixtures.detail(receipt.id());
        assertThat(revised.status()).isEqualTo(ProjectStatus.BUDGET_REVIEW);
        assertThat(revised.budgetAmount()).isEqualByComparingTo("280000");
        assertThat(revised.title()).endsWith("（修改）");
        assertThat(instance(receipt)).isWaitingAt("Task_BudgetReview");
        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(fixtures.taskId(receipt, "Task_BudgetReview"),
                BudgetDecision.APPROVE, "同意"));
        assertThat(fixtures.detail(receipt.id()).budgetLine().committed()).isEqualByComparingTo("280000");
    }

    @Test
    void aReturnedProjectCanBeWithdrawnWithTheReason() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(fixtures.taskId(receipt, "Task_BudgetReview"),
                BudgetDecision.RETURN, "请补充需求调研。"));

        signIn.as(ProjectFixtures.MANAGER, () -> projects.withdraw(fixtures.taskId(receipt, "Task_Revise"),
                "需求已由其他项目覆盖。"));

        ProjectDetail withdrawn = fixtures.detail(receipt.id());
        assertThat(withdrawn.status()).isEqualTo(ProjectStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).isEqualTo("需求已由其他项目覆盖。");
        assertEndedAt(withdrawn.processInstanceId(), "EndEvent_Withdrawn");
    }

    @Test
    void approvingMoreThanTheLineHasLeftIsRefusedAndChangesNothing() {
        BudgetLineEntry line = fixtures.line("500000");
        ProjectReceipt first = fixtures.approved(fixtures.draft(line).amount("300000"));
        ProjectReceipt second = fixtures.initiate(fixtures.draft(line).amount("300000"));
        String taskId = fixtures.taskId(second, "Task_BudgetReview");

        assertThatThrownBy(() -> signIn.as(ProjectFixtures.FINANCE,
                () -> projects.reviewBudget(taskId, BudgetDecision.APPROVE, null)))
                .isInstanceOf(BusinessException.class)
                .satisfies(failure -> {
                    BusinessException refusal = (BusinessException) failure;
                    assertThat(refusal.messageKey()).isEqualTo("purchasedservice.error.budget-exceeded");
                    assertThat(refusal.arguments()).containsExactly(line.code(), "200000.00", "300000.00");
                });

        ProjectDetail unchanged = fixtures.detail(second.id());
        assertThat(unchanged.status()).isEqualTo(ProjectStatus.BUDGET_REVIEW);
        assertThat(unchanged.budgetDecision()).isNull();
        assertThat(unchanged.budgetLine().committed()).isEqualByComparingTo("300000");
        assertThat(fixtures.task(second, "Task_BudgetReview")).isNotNull();
        assertThat(fixtures.detail(first.id()).status()).isEqualTo(ProjectStatus.TO_PUBLISH);
    }

    @Test
    void aSingleSourceProjectNeedsItsJustificationAndPublishesIt() {
        BudgetLineEntry line = fixtures.line("1000000");
        assertThatThrownBy(() -> fixtures.initiate(fixtures.draft(line).circumstance(Circumstance.SINGLE_SOURCE, "唯一")))
                .isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey())
                .isEqualTo("purchasedservice.error.justification-required");
        String why = "本项目须由桃源村村民委员会承接：服务对象为本村留守老人，只有村委会掌握全部名单并能入户。";

        ProjectReceipt receipt = fixtures.published(fixtures.draft(line).circumstance(Circumstance.SINGLE_SOURCE, why));

        ProjectDetail detail = fixtures.detail(receipt.id());
        assertThat(detail.method()).isEqualTo(PurchaseMethod.SINGLE_SOURCE);
        assertThat(detail.methodRule()).isEqualTo("M7");
        assertThat(detail.justification()).isEqualTo(why);
        // 单一来源公示不少于5个工作日.
        assertThat(detail.bidDeadline().toLocalDate()).isEqualTo(workingDays.plusWorkingDays(
                detail.noticePublishedAt().toLocalDate(), 5));
        assertThat(notices.notice(receipt.projectNumber()).orElseThrow().singleSourceReason()).isEqualTo(why);
    }

    @Test
    void aNoticeClosingBeforeTheMethodsPeriodOrWithCriteriaNotSummingToAHundredIsRefused() {
        ProjectReceipt receipt = fixtures.approved(fixtures.draft(fixtures.line("1000000")));
        ProjectDetail detail = fixtures.detail(receipt.id());
        String taskId = fixtures.taskId(receipt, "Task_Publish");
        NoticeDraft valid = fixtures.notice(detail.earliestDeadline());

        assertRefused(() -> projects.publish(taskId, fixtures.notice(detail.earliestDeadline().minusDays(1))),
                "purchasedservice.error.deadline-too-early");
        assertRefused(() -> projects.publish(taskId, new NoticeDraft(valid.requirements(), valid.contact(),
                        valid.deadline(), java.util.List.of(new NoticeDraft.Criterion("服务方案", null, 60),
                                new NoticeDraft.Criterion("报价", null, 30)))),
                "purchasedservice.error.criteria-sum");
        assertRefused(() -> projects.publish(taskId, new NoticeDraft(valid.requirements(), valid.contact(),
                        valid.deadline(), java.util.List.of(new NoticeDraft.Criterion("报价", null, 50),
                                new NoticeDraft.Criterion("报价", null, 50)))),
                "purchasedservice.error.criterion-repeated");
        assertRefused(() -> projects.publish(taskId, new NoticeDraft(valid.requirements(), "吴浩\n电话",
                valid.deadline(), valid.criteria())), "purchasedservice.error.contact-control-characters");

        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.TO_PUBLISH);
        assertThat(fixtures.detail(receipt.id()).criteria()).isEmpty();
        assertThat(notices.notice(receipt.projectNumber())).isEmpty();
    }

    @Test
    void aProposalFromWorkAccessIsOfferedToTheDepartmentUntilAProjectAnswersIt() {
        String requestNumber = "ZRSQ-YX-TEST-" + System.nanoTime();
        transactions.executeWithoutResult(status -> events.publishEvent(new PurchaseProposed(requestNumber,
                ProjectFixtures.DEPARTMENT, "社区养老服务需求摸底调查", "对辖区 60 岁以上老人开展需求调查。",
                "建议以政府购买服务方式实施。")));
        ProposalEntry proposal = signIn.as(ProjectFixtures.MANAGER, () -> projects.openProposals()).stream()
                .filter(entry -> entry.requestNumber().equals(requestNumber)).findFirst().orElseThrow();
        assertThat(signIn.as(ProjectFixtures.OTHER_DEPARTMENT, () -> projects.openProposals())).isEmpty();

        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")).proposal(proposal.id()));

        assertThat(fixtures.detail(receipt.id()).originRequestNumber()).isEqualTo(requestNumber);
        assertThat(signIn.as(ProjectFixtures.MANAGER, () -> projects.openProposals()))
                .extracting(ProposalEntry::requestNumber).doesNotContain(requestNumber);
        assertThatThrownBy(() -> fixtures.initiate(fixtures.draft(fixtures.line("1000000")).proposal(proposal.id())))
                .isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey())
                .isEqualTo("purchasedservice.error.proposal-unknown");
    }

    private void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(() -> signIn.as(ProjectFixtures.MANAGER, action))
                .isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey())
                .isEqualTo(messageKey);
    }
}
