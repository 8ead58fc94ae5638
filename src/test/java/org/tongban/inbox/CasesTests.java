package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class CasesTests {

    @Autowired
    Cases cases;

    @Autowired
    TaskInbox inbox;

    @Autowired
    CarbonCopies copies;

    @Autowired
    DemoRequests requests;

    @Autowired
    SignIn signIn;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Messages messages;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private String text(BusinessException exception) {
        return messages.get(Messages.DEFAULT_LOCALE, exception.messageKey(), exception.arguments());
    }

    @Test
    void onlyCandidateStartersSeeAndStartTheDemo() {
        assertThat(signIn.as(DemoRequests.APPLICANT, () -> cases.startable()))
                .extracting(StartableProcess::key).contains(DemoRequests.PROCESS);
        assertThat(signIn.as("wangfang", () -> cases.startable()))
                .extracting(StartableProcess::key).doesNotContain(DemoRequests.PROCESS);

        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(DemoRequests.PROCESS).count();
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.start(DemoRequests.PROCESS, DemoRequests.validRequest())))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                    assertThat(text(refused)).isEqualTo("您所在单位或角色不能发起流程“【演示】部门内部请假”。");
                });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DemoRequests.PROCESS).count()).isEqualTo(before);
    }

    @Test
    void aStartedCaseGetsTheNextNumberOfTheDayAndATitle() {
        StartedCase first = requests.start();
        StartedCase second = requests.start();

        String today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(first.businessKey()).startsWith("QJ-" + today + "-");
        long firstNumber = Long.parseLong(first.businessKey().substring(first.businessKey().lastIndexOf('-') + 1));
        assertThat(second.businessKey()).isEqualTo(String.format("QJ-%s-%04d", today, firstNumber + 1));
        assertThat(first.title()).isEqualTo("刘洋 · 年休假 3 天");
        assertThat(runtimeService.getVariable(first.processInstanceId(), "initiator")).isEqualTo("liuyang");
        assertThat(runtimeService.getVariable(first.processInstanceId(), "initiatorUnitCode")).isEqualTo("DP-MZ");
    }

    @Test
    void anInvalidStartFormStartsNothing() {
        Map<String, Object> values = new HashMap<>(DemoRequests.validRequest());
        values.put("contactPhone", "12345");
        values.put("reason", "短");
        values.remove("leaveType");
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(DemoRequests.PROCESS).count();

        assertThatThrownBy(() -> signIn.as(DemoRequests.APPLICANT, () -> cases.start(DemoRequests.PROCESS, values)))
                .isInstanceOfSatisfying(FormSubmissionRejected.class, rejected ->
                        assertThat(rejected.fieldErrors()).extracting(error -> error.key())
                                .containsExactlyInAnyOrder("contactPhone", "reason", "leaveType"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DemoRequests.PROCESS).count()).isEqualTo(before);
    }

    @Test
    void unknownAndMalformedProcessKeysAreRefused() {
        signIn.as(DemoRequests.APPLICANT);
        assertThatThrownBy(() -> cases.startForm("NoSuchProcess"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("流程“NoSuchProcess”不存在或未部署。"));
        assertThatThrownBy(() -> cases.startForm("<script>"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("流程标识格式不正确。"));
    }

    @Test
    void theHistoryShowsEachStepWhoDidItAndTheOutcome() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER, () -> inbox.complete(taskId, Map.of("decision", "approve", "reviewOpinion", "同意")));

        CaseHistory history = signIn.as(DemoRequests.APPLICANT, () -> cases.history(started.processInstanceId()));
        assertThat(history.businessKey()).isEqualTo(started.businessKey());
        assertThat(history.initiatorName()).isEqualTo("刘洋");
        assertThat(history.state()).isEqualTo(CaseState.RUNNING);
        assertThat(history.steps()).extracting(CaseStep::kind, CaseStep::name, CaseStep::actorName, CaseStep::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.START, "提交请假申请", "刘洋", null),
                        org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.TASK, "审核请假申请", "孙丽", "同意"),
                        org.assertj.core.groups.Tuple.tuple(CaseStep.Kind.TASK, "销假", "刘洋", null));
        assertThat(history.steps().get(1).opinion()).isEqualTo("同意");
        assertThat(history.steps().get(2).isOpen()).isTrue();
    }

    @Test
    void theHistoryIsVisibleToParticipantsAndCopiesOnlyAndRefusalsAreAudited() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();

        assertThat(signIn.as(DemoRequests.REVIEWER, () -> cases.history(started.processInstanceId()))).isNotNull();
        assertThatThrownBy(() -> signIn.as("zhouqiang", () -> cases.history(started.processInstanceId())))
                .isInstanceOfSatisfying(BusinessException.class, e ->
                        assertThat(text(e)).isEqualTo("您无权查看此办件：它与您所在单位或角色无关。"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE target = ? AND outcome = 'DENIED' AND actor = 'zhouqiang'",
                Integer.class, "case:" + started.processInstanceId())).isEqualTo(1);

        // Approval copies the case to the whole department: now 周强 may read it.
        signIn.as(DemoRequests.REVIEWER, () -> inbox.complete(taskId, Map.of("decision", "approve")));
        assertThat(signIn.as("zhouqiang", () -> cases.history(started.processInstanceId())).title()).isEqualTo("刘洋 · 年休假 3 天");
        assertThatThrownBy(() -> signIn.as("zhangwei", () -> cases.history(started.processInstanceId())))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void copiesAreListedUnreadUntilOpenedByTheirRecipient() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER, () -> inbox.complete(taskId, Map.of("decision", "approve")));

        CopyItem copy = signIn.as("wuhao", () -> copies.copiesForMe(true, 0, 50)).stream()
                .filter(item -> started.processInstanceId().equals(item.processInstanceId())).findFirst().orElseThrow();
        assertThat(copy.senderName()).isEqualTo("孙丽");
        assertThat(copy.caseTitle()).isEqualTo("刘洋 · 年休假 3 天");
        assertThat(copy.read()).isFalse();

        assertThatThrownBy(() -> signIn.as("zhouqiang", () -> copies.markRead(copy.id())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("这条抄送不是发给您的。"));
        long unreadBefore = signIn.as("wuhao", () -> copies.countForMe(true));
        signIn.as("wuhao", () -> copies.markRead(copy.id()));
        assertThat(signIn.as("wuhao", () -> copies.countForMe(true))).isEqualTo(unreadBefore - 1);
    }

    @Test
    void startedByMeListsTheApplicantsCasesWithTheirCurrentStep() {
        StartedCase started = requests.start();
        assertThat(signIn.as(DemoRequests.APPLICANT, () -> cases.startedByMe(started.businessKey(), 0, 10)))
                .singleElement().satisfies(item -> {
                    assertThat(item.currentStep()).isEqualTo("审核请假申请");
                    assertThat(item.state()).isEqualTo(CaseState.RUNNING);
                });
        assertThat(signIn.as(DemoRequests.REVIEWER, () -> cases.countStartedByMe(started.businessKey()))).isZero();
    }
}
