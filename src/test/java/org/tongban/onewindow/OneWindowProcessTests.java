package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

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
import org.tongban.inbox.TaskInbox;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 一窗受理 through the service layer, on the application's own engine (so CI reruns it on MariaDB):
 * the process and the case row must agree at each step.
 */
@TongbanTest
@Tag("db")
class OneWindowProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    TaskInbox inbox;
    @Autowired
    WorkingDays workingDays;
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

    private ProcessInstance instance(IntakeReceipt receipt) {
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(receipt.caseNumber()).singleResult();
    }

    /** Timer jobs of the step that are due by then (the engine's clock is left alone: its job executor runs). */
    private long dueBy(ProcessInstance instance, String activityId, java.time.LocalDateTime then) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
                .duedateLowerThan(java.util.Date.from(then.atZone(ZoneId.of("Asia/Shanghai")).toInstant())).count();
    }

    private CaseDetail detail(IntakeReceipt receipt) {
        return signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.open(receipt.caseId()));
    }

    private String historicEnd(IntakeReceipt receipt) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(detail(receipt).processInstanceId()).activityType("noneEndEvent").list().stream()
                .map(activity -> activity.getActivityId()).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    @Test
    void acceptedCaseIsDispatchedApprovedDeliveredAndRatedGood() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        assertThat(receipt.caseNumber()).matches("SQ-YX-\\d{8}-\\d{4}");
        assertThat(receipt.queryCode()).matches("\\d{6}");
        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Task_ReviewAcceptance");
        assertThat(fixtures.task(receipt, "Task_ReviewAcceptance")).hasCandidateGroup("community:CM001:front-desk");

        signIn.as("wangfang", () -> cases.accept(fixtures.taskId(receipt, "Task_ReviewAcceptance"), "材料齐全"));
        assertThat(instance).hasPassed("BusinessRule_Dispatch").isWaitingAt("Task_Handle");
        assertThat(fixtures.task(receipt, "Task_Handle")).hasCandidateGroup("department:DP-MZ:dept-handler");
        CaseDetail accepted = detail(receipt);
        assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(accepted.departmentCode()).isEqualTo("DP-MZ");
        assertThat(accepted.dueOn()).isEqualTo(workingDays.plusWorkingDays(accepted.acceptedOn(), accepted.promisedDays()));
        assertThat(accepted.notices()).extracting(CaseDetail.Notice::kind).containsExactly(NoticeKind.RECEIPT);

        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, "符合条件"));
        // 低保 is published for 7 working days before it is decided; the clock stands meanwhile.
        assertThat(instance).isWaitingAt("Event_PublicityEnded");
        assertThat(detail(receipt).status()).isEqualTo(CaseStatus.PUBLICITY);
        assertThat(detail(receipt).remainingWorkingDays()).isNull();
        Job publicity = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_PublicityEnded").singleResult();
        assertThat(publicity.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .isEqualTo(workingDays.plusWorkingDays(LocalDate.now(ZoneId.of("Asia/Shanghai")), 7));
        engine.getManagementService().executeJob(publicity.getId());
        assertThat(detail(receipt).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(instance).isWaitingAt("Task_Review");
        signIn.as("sunli", () -> cases.review(fixtures.taskId(receipt, "Task_Review"), true, "同意"));
        assertThat(instance).hasPassed("ServiceTask_Conclude").isWaitingAt("Task_Deliver");
        assertThat(detail(receipt).status()).isEqualTo(CaseStatus.CONCLUDED);
        assertThat(detail(receipt).decision()).isEqualTo("APPROVED");

        signIn.as("wangfang", () -> cases.deliver(fixtures.taskId(receipt, "Task_Deliver"), DeliveryMethod.PICKUP, null));
        assertThat(instance).isWaitingAt("Gateway_WaitRating");
        signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(), OneWindowFixtures.APPLICANT_ID,
                RatingLevel.VERY_SATISFIED, "办事很快"));

        assertThat(instance).isEnded().hasPassed("EndEvent_Rated").hasNotPassed("Task_VerifyComplaint");
        CaseDetail closed = detail(receipt);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.rating().level()).isEqualTo(RatingLevel.VERY_SATISFIED);
        assertThat(closed.notices()).extracting(CaseDetail.Notice::kind).containsExactly(NoticeKind.RECEIPT, NoticeKind.RESULT);
    }

    @Test
    void incompleteMaterialsGetOneCorrectionNoticeAndTheResubmissionIsAccepted() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, false));
        String review = fixtures.taskId(receipt, "Task_ReviewAcceptance");
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.accept(review, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("onewindow.error.materials-missing");

        signIn.as("wangfang", () -> cases.requestCorrection(review, List.of("申请书（原件 1 份，本人签字）",
                "家庭成员居民身份证和户口簿（复印件）"), null));
        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Gateway_WaitCorrection");
        assertThat(detail(receipt).status()).isEqualTo(CaseStatus.CORRECTION);

        CaseDetail waiting = detail(receipt);
        String missing = waiting.materials().stream().filter(m -> m.provision() == Provision.MISSING).findFirst()
                .orElseThrow().code();
        signIn.as("wangfang", () -> cases.resubmit(receipt.caseId(), Map.of(missing, Provision.ORIGINAL_SEEN), List.of()));
        assertThat(instance).isWaitingAt("Task_ReviewAcceptance");

        // A second notice must say why the first did not name it.
        String again = fixtures.taskId(receipt, "Task_ReviewAcceptance");
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.requestCorrection(again, List.of("补充材料"), null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("second-notice-reason");

        signIn.as("wangfang", () -> cases.accept(again, "补正后材料齐全"));
        assertThat(instance).isWaitingAt("Task_Handle");
        assertThat(detail(receipt).deemedAccepted()).isFalse();
    }

    @Test
    void noDecisionWithinTheReviewPeriodMeansAcceptedFromTheReceiptDate() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        ProcessInstance instance = instance(receipt);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_DeemedAcceptance").singleResult();
        LocalDate received = detail(receipt).receivedAt().toLocalDate();
        assertThat(timer.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate())
                .as("five working days after receipt, by the calendar")
                .isEqualTo(workingDays.plusWorkingDays(received, 5));

        engine.getManagementService().executeJob(timer.getId());

        assertThat(instance).hasPassed("ServiceTask_DeemAccepted").isWaitingAt("Task_Handle");
        CaseDetail deemed = detail(receipt);
        assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(deemed.deemedAccepted()).isTrue();
        assertThat(deemed.acceptedOn()).isEqualTo(received);
        assertThat(deemed.notices()).extracting(CaseDetail.Notice::kind).containsExactly(NoticeKind.RECEIPT);
    }

    @Test
    void declinedCaseEndsWithAWrittenDecisionNamingTheRightOffice() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        String review = fixtures.taskId(receipt, "Task_ReviewAcceptance");
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.decline(review, " ", null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("decline-reason");

        signIn.as("wangfang", () -> cases.decline(review, "申请人户籍不在本县", "户籍所在地乡镇人民政府（街道办事处）"));

        assertThat(instance(receipt)).as("ended").isNull();
        assertThat(historicEnd(receipt)).isEqualTo("EndEvent_Declined");
        CaseDetail declined = detail(receipt);
        assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
        assertThat(declined.notices()).singleElement().satisfies(notice -> {
            assertThat(notice.kind()).isEqualTo(NoticeKind.DECLINE);
            assertThat(notice.referTo()).contains("户籍所在地");
        });
    }

    @Test
    void departmentReturnStopsTheClockUntilTheMaterialComes() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        LocalDate dueBefore = detail(receipt).dueOn();
        assertThatThrownBy(() -> signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"),
                HandlingDecision.RETURN_FOR_MATERIAL, null)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("correction-items");

        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"),
                HandlingDecision.RETURN_FOR_MATERIAL, "近 6 个月银行流水\n医疗费用票据"));
        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Gateway_WaitSupplement");
        CaseDetail paused = detail(receipt);
        assertThat(paused.status()).isEqualTo(CaseStatus.SUPPLEMENT);
        assertThat(paused.remainingWorkingDays()).as("the clock stands").isNull();
        assertThat(paused.notices()).extracting(CaseDetail.Notice::kind).containsExactly(NoticeKind.RECEIPT, NoticeKind.CORRECTION);

        String material = paused.materials().get(0).code();
        signIn.as("wangfang", () -> cases.resubmit(receipt.caseId(), Map.of(material, Provision.ORIGINAL_SEEN), List.of()));
        assertThat(instance).isWaitingAt("Task_Handle");
        assertThat(detail(receipt).status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(detail(receipt).dueOn()).as("resubmitted the same day: no working day lost").isEqualTo(dueBefore);
    }

    @Test
    void misroutedCaseGoesBackForRedispatchAndReachesTheRightDepartment() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.MISROUTED,
                "应由人社部门办理"));
        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Task_Redispatch");
        assertThat(fixtures.task(receipt, "Task_Redispatch")).hasCandidateGroup("community:CM001:front-desk");

        signIn.as("wangfang", () -> cases.redispatch(fixtures.taskId(receipt, "Task_Redispatch"), "DP-RS", "部门意见"));

        assertThat(instance).isWaitingAt("Task_Handle");
        assertThat(fixtures.task(receipt, "Task_Handle")).hasCandidateGroup("department:DP-RS:dept-handler");
        assertThat(detail(receipt).departmentCode()).isEqualTo("DP-RS");
    }

    @Test
    void overdueCaseRaisesASupervisionTaskForTheReviewer() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        ProcessInstance instance = instance(receipt);
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_Overdue").singleResult();
        LocalDate dueOn = detail(receipt).dueOn();
        assertThat(overdue.getDuedate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()).isEqualTo(dueOn);
        assertThat(dueBy(instance, "Event_Overdue", dueOn.atTime(9, 0))).as("not during the due day").isZero();
        assertThat(dueBy(instance, "Event_Overdue", dueOn.plusDays(1).atTime(9, 0))).as("due the morning after")
                .isEqualTo(1);

        engine.getManagementService().executeJob(overdue.getId());

        assertThat(instance).isWaitingAt("Task_Handle", "Task_Supervise");
        assertThat(fixtures.task(receipt, "Task_Supervise")).hasCandidateGroup("department:DP-MZ:dept-reviewer");

        // Re-dispatched while still overdue: the stage's timer fires again, but one open 督办 is enough.
        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.MISROUTED,
                "应由民政局另一科室办理"));
        signIn.as("wangfang", () -> cases.redispatch(fixtures.taskId(receipt, "Task_Redispatch"), "DP-MZ", "重新分办"));
        Job again = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Event_Overdue").singleResult();
        engine.getManagementService().executeJob(again.getId());
        assertThat(instance).hasPassed("EndEvent_AlreadySupervised");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_Supervise").count()).isEqualTo(1);
        signIn.as("sunli", () -> inbox.complete(fixtures.taskId(receipt, "Task_Supervise"),
                Map.of("superviseAction", "urged", "superviseNote", "已电话督促经办人今日办结")));
        assertThat(instance).isWaitingAt("Task_Handle");
    }

    @Test
    void badRatingIsVerifiedRectifiedAndCalledBack() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.REJECT,
                "家庭人均收入高于当地低保标准"));
        signIn.as("sunli", () -> cases.review(fixtures.taskId(receipt, "Task_Review"), true, null));
        assertThat(detail(receipt).decision()).isEqualTo("REJECTED");
        signIn.as("wangfang", () -> cases.deliver(fixtures.taskId(receipt, "Task_Deliver"), DeliveryMethod.POST,
                "SF1234567890"));
        signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(), OneWindowFixtures.APPLICANT_ID,
                RatingLevel.DISSATISFIED, "等待时间太长"));

        ProcessInstance instance = instance(receipt);
        assertThat(instance).isWaitingAt("Task_VerifyComplaint");
        assertThat(fixtures.task(receipt, "Task_VerifyComplaint")).hasCandidateGroup("community:CM001:director");
        signIn.as("zhangwei", () -> inbox.complete(fixtures.taskId(receipt, "Task_VerifyComplaint"),
                Map.of("complaintFinding", "founded", "verifyNote", "窗口排队时间过长属实")));
        assertThat(fixtures.task(receipt, "Task_Rectify")).hasCandidateGroup("department:DP-MZ:dept-handler");
        signIn.as("liuyang", () -> inbox.complete(fixtures.taskId(receipt, "Task_Rectify"),
                Map.of("rectifyResult", "done", "rectifyNote", "增设预约时段")));
        signIn.as("wangfang", () -> inbox.complete(fixtures.taskId(receipt, "Task_CallBack"),
                Map.of("callBackResult", "satisfied", "callBackNote", "申请人表示认可")));

        assertThat(instance).isEnded().hasPassed("Task_Rectify", "EndEvent_CalledBack");
    }

    @Test
    void singleLevelItemsConcludeWithoutTheReviewer() {
        // 城乡居民基本养老保险参保登记: 即办, handled by 人社 alone.
        IntakeReceipt receipt = fixtures.acceptedCase("SI-001");
        ProcessInstance instance = instance(receipt);
        assertThat(fixtures.task(receipt, "Task_Handle")).hasCandidateGroup("department:DP-RS:dept-handler");
        String handler = engine.getIdentityService().createUserQuery()
                .memberOfGroup("department:DP-RS:dept-handler").list().get(0).getId();
        signIn.as(handler, () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));
        assertThat(instance).hasNotPassed("Task_Review").isWaitingAt("Task_Deliver");
    }

    @Test
    void countersigningDepartmentCanSendTheProposalBackAndThenAgree() {
        // 困难残疾人生活补贴: 民政 leads, 残联 countersigns.
        IntakeReceipt receipt = fixtures.acceptedCase("SI-008");
        ProcessInstance instance = instance(receipt);
        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));
        assertThat(instance).isWaitingAt("Task_Countersign");
        assertThat(fixtures.task(receipt, "Task_Countersign")).hasCandidateGroup("department:DP-CL:dept-reviewer");

        signIn.as("hexin", () -> inbox.complete(fixtures.taskId(receipt, "Task_Countersign"),
                Map.of("countersignDecision", "disagree", "countersignOpinion", "残疾等级与证件不符，请核实")));
        assertThat(instance).isWaitingAt("Task_Handle");

        signIn.as("liuyang", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE,
                "已核实残疾等级"));
        signIn.as("hexin", () -> inbox.complete(fixtures.taskId(receipt, "Task_Countersign"),
                Map.of("countersignDecision", "agree", "countersignOpinion", "同意")));
        assertThat(instance).isWaitingAt("Task_Review");
    }
}
