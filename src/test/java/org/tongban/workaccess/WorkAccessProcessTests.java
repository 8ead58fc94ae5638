package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.catalog.WorkingDays;
import org.tongban.inbox.CarbonCopies;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 社区工作事项准入 through the service layer on the application's engine (CI reruns it on MariaDB):
 * listed duty, assisting work with and without funding, negative list, keyword hint, out-of-list review with county
 * approval or refusal, the reviewer's own decisions, return for changes, withdrawal, overdue, revocation.
 */
@TongbanTest
@Tag("db")
class WorkAccessProcessTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    AccessRequests requests;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    CarbonCopies copies;
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

    private ProcessInstance instance(SubmittedRequest submitted) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(submitted.requestNumber()).singleResult();
    }

    private void assertEndedAt(SubmittedRequest submitted, String endEvent) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(fixtures.detail(submitted.id()).processInstanceId()).activityId(endEvent).count())
                .isEqualTo(1);
        assertThat(instance(submitted)).isNull();
    }

    @Test
    void aListedDutyIsAdmittedAtOnceWithANumberAndTheRuleThatFired() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY));

        assertThat(submitted.requestNumber()).matches("ZRSQ-YX-\\d{8}-\\d{4}");
        assertThat(submitted.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(submitted.decisionNumber()).matches("ZR-YX-\\d{4}-\\d{4}");
        AccessRequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.checkRule()).isEqualTo("R3");
        assertThat(detail.decisionBasis()).contains("依法履职事项");
        assertThat(detail.workItem().code()).isEqualTo(WorkAccessFixtures.DUTY);
        // 城关街道's communities (other tests may add more to it), none of 东湖街道's.
        assertThat(detail.communities()).extracting(AccessRequestDetail.Community::code).contains("CM001", "CM002")
                .doesNotContain("CM003", "CM004");
        assertEndedAt(submitted, "EndEvent_Admitted");
    }

    @Test
    void assistingWorkIsAdmittedOnlyWithFunding() {
        SubmittedRequest funded = fixtures.submit(fixtures.draft(WorkAccessFixtures.ASSIST));
        assertThat(funded.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(fixtures.detail(funded.id()).checkRule()).isEqualTo("R4");

        SubmittedRequest unfunded = fixtures.submit(fixtures.draft(WorkAccessFixtures.ASSIST).unfunded());
        assertThat(unfunded.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(unfunded.decisionNumber()).isNull();
        AccessRequestDetail refused = fixtures.detail(unfunded.id());
        assertThat(refused.checkRule()).isEqualTo("R5");
        assertThat(refused.refusalReason()).contains("费随事转");
        assertEndedAt(unfunded, "EndEvent_Refused");
    }

    @Test
    void assistingWorkMustStateItsFundingOneWayOrTheOther() {
        assertThatThrownBy(() -> fixtures.submit(fixtures.draft(WorkAccessFixtures.ASSIST).fundingUnanswered()))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.funding-required-assist");
    }

    @Test
    void negativeListWorkIsRefusedWhateverTheFundingAndCitesTheRule() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(WorkAccessFixtures.NEGATIVE)
                .title("拆违整治工作").content("由社区负责辖区违法建设的拆除。"));

        assertThat(submitted.status()).isEqualTo(RequestStatus.REFUSED);
        AccessRequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.checkRule()).isEqualTo("R1");
        assertThat(detail.checkRuleText()).contains("负面清单");
        assertEndedAt(submitted, "EndEvent_Refused");
    }

    @Test
    void aKeywordHintSendsListedWorkToAHumanInsteadOfDecidingIt() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY)
                .content("组织换届选举，同时配合开展拆迁动员和违建拆除。"));

        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        AccessRequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.checkRule()).isEqualTo("R2");
        assertThat(detail.negativeHints()).extracting(org.tongban.catalog.WorkItem::code).contains("WI-N03");
        assertThat(instance(submitted)).isWaitingAt("Task_Review");

        // The reviewer confirms it is the listed duty after all: admitted, the human decided.
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(submitted, "Task_Review"),
                ReviewDecision.CLASSIFY_LISTED, WorkAccessFixtures.DUTY, "拆迁内容已删除，仅为换届选举"));
        AccessRequestDetail admitted = fixtures.detail(submitted.id());
        assertThat(admitted.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(admitted.confirmedItemCode()).isEqualTo(WorkAccessFixtures.DUTY);
        assertThat(admitted.decisionBasis()).contains("民政审查归入清单事项 WI-D10");
    }

    @Test
    void outOfListWorkIsReviewedThenApprovedByTheCounty() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null).title("社区老旧小区加装电梯意愿摸底"));
        assertThat(submitted.status()).isEqualTo(RequestStatus.IN_REVIEW);
        ProcessInstance instance = instance(submitted);
        assertThat(instance).isWaitingAt("Task_Review");
        assertThat(fixtures.task(submitted, "Task_Review")).hasCandidateGroup("department:DP-MZ:civil-reviewer");
        AccessRequestDetail inReview = fixtures.detail(submitted.id());
        assertThat(inReview.checkRule()).isEqualTo("R6");
        assertThat(inReview.reviewDueOn()).isEqualTo(workingDays.plusWorkingDays(fixtures.today(), 15));
        assertThat(fixtures.task(submitted, "Task_Review").getDueDate())
                .isEqualTo(workingDays.endOf(inReview.reviewDueOn()));

        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(submitted, "Task_Review"),
                ReviewDecision.SUPPORT, null, "确需社区协助"));
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(RequestStatus.COUNTY_APPROVAL);
        assertThat(instance).isWaitingAt("Task_CountyApproval");
        assertThat(fixtures.task(submitted, "Task_CountyApproval")).hasCandidateGroup("county:YX:county-approver");

        signIn.as(WorkAccessFixtures.COUNTY, () -> requests.approveByCounty(
                fixtures.taskId(submitted, "Task_CountyApproval"), true, "同意统一部署"));
        AccessRequestDetail admitted = fixtures.detail(submitted.id());
        assertThat(admitted.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(admitted.decisionNumber()).matches("ZR-YX-\\d{4}-\\d{4}");
        assertThat(admitted.decisionBasis()).contains("县级党委和政府统一部署");
        assertThat(instance).hasPassed("ServiceTask_Admit");
        assertEndedAt(submitted, "EndEvent_Admitted");
    }

    @Test
    void theCountyMayRefuseWithAReason() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(submitted, "Task_Review"),
                ReviewDecision.SUPPORT, null, null));
        String task = fixtures.taskId(submitted, "Task_CountyApproval");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.COUNTY, () -> requests.approveByCounty(task, false, " ")))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.county-reason");

        signIn.as(WorkAccessFixtures.COUNTY, () -> requests.approveByCounty(task, false, "应由部门自行承担"));
        AccessRequestDetail refused = fixtures.detail(submitted.id());
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.refusalReason()).contains("应由部门自行承担");
        assertEndedAt(submitted, "EndEvent_Refused");
    }

    @Test
    void theReviewerRefusesOrFindsItOnTheNegativeList() {
        SubmittedRequest plain = fixtures.submit(fixtures.draft(null));
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(plain, "Task_Review"),
                ReviewDecision.REFUSE, null, "属于部门自身职责"));
        assertThat(fixtures.detail(plain.id()).status()).isEqualTo(RequestStatus.REFUSED);
        assertEndedAt(plain, "EndEvent_Refused");

        SubmittedRequest disguised = fixtures.submit(fixtures.draft(null).title("辖区安全隐患巡查"));
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(disguised, "Task_Review"),
                ReviewDecision.CLASSIFY_LISTED, WorkAccessFixtures.NEGATIVE, "实为拆违执法"));
        AccessRequestDetail refused = fixtures.detail(disguised.id());
        assertThat(refused.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(refused.refusalReason()).contains("WI-N03").contains("R1");
    }

    @Test
    void returnedRequestsAreResubmittedAndCheckedAgainOrWithdrawn() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(submitted, "Task_Review"),
                ReviewDecision.RETURN, null, "请写明对应的清单事项"));
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(RequestStatus.RETURNED);
        assertThat(instance(submitted)).isWaitingAt("Task_Revise");
        assertThat(fixtures.task(submitted, "Task_Revise")).hasCandidateGroup("department:DP-MZ:dept-handler");

        signIn.as(WorkAccessFixtures.HANDLER, () -> requests.resubmit(fixtures.taskId(submitted, "Task_Revise"),
                fixtures.draft(WorkAccessFixtures.DUTY).build()));
        AccessRequestDetail resubmitted = fixtures.detail(submitted.id());
        assertThat(resubmitted.status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(resubmitted.checkRule()).isEqualTo("R3");

        SubmittedRequest second = fixtures.submit(fixtures.draft(null));
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(fixtures.taskId(second, "Task_Review"),
                ReviewDecision.RETURN, null, "补充经费"));
        signIn.as(WorkAccessFixtures.HANDLER, () -> requests.withdraw(fixtures.taskId(second, "Task_Revise"), "不再开展"));
        assertThat(fixtures.detail(second.id()).status()).isEqualTo(RequestStatus.WITHDRAWN);
        assertEndedAt(second, "EndEvent_Withdrawn");
    }

    @Test
    void theReviewerMayProposeBuyingTheServiceInstead() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        String task = fixtures.taskId(submitted, "Task_Review");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER,
                () -> requests.review(task, ReviewDecision.PURCHASE, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.purchase-note");

        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(task, ReviewDecision.PURCHASE, null,
                "建议以购买服务方式委托社区实施"));
        AccessRequestDetail proposed = fixtures.detail(submitted.id());
        assertThat(proposed.status()).isEqualTo(RequestStatus.PURCHASE_PROPOSED);
        assertThat(proposed.purchaseNote()).contains("购买服务");
        assertEndedAt(submitted, "EndEvent_PurchaseProposed");
    }

    @Test
    void anOverdueReviewIsRemindedAndSupervised() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        ProcessInstance instance = instance(submitted);
        LocalDate due = fixtures.detail(submitted.id()).reviewDueOn();
        Job warning = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_Warning").singleResult();
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_Overdue").singleResult();
        LocalDate warnOn = warning.getDuedate().toInstant().atZone(ZONE).toLocalDate();
        assertThat(workingDays.isWorkingDay(warnOn)).isTrue();
        assertThat(workingDays.workingDaysBetween(warnOn, due)).isEqualTo(1);
        assertThat(overdue.getDuedate()).isEqualTo(workingDays.endOf(due));

        long copiesBefore = signIn.as(WorkAccessFixtures.REVIEWER, () -> copies.countForMe(false));
        engine.getManagementService().executeJob(warning.getId());
        assertThat(signIn.as(WorkAccessFixtures.REVIEWER, () -> copies.countForMe(false))).isEqualTo(copiesBefore + 1);

        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("Task_Review", "Task_Supervise");
        assertThat(fixtures.task(submitted, "Task_Supervise")).hasCandidateGroup("county:YX:county-approver");
    }

    @Test
    void anAdmittedDecisionIsRevokedByCivilAffairsOnlyWithAReason() {
        SubmittedRequest admitted = fixtures.admitted();
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.HANDLER, () -> requests.revoke(admitted.id(), "误报")))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.revoke-forbidden");
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.revoke(admitted.id(), "")))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.revoke-reason");

        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.revoke(admitted.id(), "清单调整，事项取消"));
        AccessRequestDetail revoked = fixtures.detail(admitted.id());
        assertThat(revoked.status()).isEqualTo(RequestStatus.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("清单调整，事项取消");
        assertThat(revoked.decisionNumber()).isEqualTo(admitted.decisionNumber());
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.revoke(admitted.id(), "再次")))
                .hasFieldOrPropertyWithValue("messageKey", "workaccess.error.not-admitted");
    }

    @Test
    void aStepCannotBeTakenTwice() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null));
        String task = fixtures.taskId(submitted, "Task_Review");
        signIn.as(WorkAccessFixtures.REVIEWER, () -> requests.review(task, ReviewDecision.SUPPORT, null, null));
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER,
                () -> requests.review(task, ReviewDecision.REFUSE, null, "迟到的意见")))
                .isInstanceOf(BusinessException.class);
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(RequestStatus.COUNTY_APPROVAL);
    }
}
