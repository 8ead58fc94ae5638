package org.tongban.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.TaskService;
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
class TaskInboxTests {

    @Autowired
    TaskInbox inbox;

    @Autowired
    DemoRequests requests;

    @Autowired
    SignIn signIn;

    @Autowired
    TaskService taskService;

    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

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
    void theReviewTaskIsOfferedToTheReviewerGroupOnly() {
        StartedCase started = requests.start();

        TaskSummary task = requests.taskOf(started, DemoRequests.REVIEWER);
        assertThat(task.name()).isEqualTo("审核请假申请");
        assertThat(task.businessKey()).matches("QJ-\\d{8}-\\d{4}");
        assertThat(task.caseTitle()).isEqualTo("刘洋 · 年休假 3 天");
        assertThat(task.offeredTo()).isEqualTo("县民政局 · 部门审核人");
        assertThat(task.assignee()).isNull();

        TaskFilter byNumber = TaskFilter.all().withText(started.businessKey());
        assertThat(signIn.as("zhangwei", () -> inbox.countTasks(byNumber))).isZero();
        assertThat(signIn.as(DemoRequests.APPLICANT, () -> inbox.countTasks(byNumber))).isZero();
    }

    @Test
    void openingATaskOfAnotherUnitIsRefusedAndAudited() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        Integer deniedBefore = deniedCount(taskId);

        assertThatThrownBy(() -> signIn.as("zhangwei", () -> inbox.open(taskId)))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                    assertThat(text(refused)).isEqualTo("您无权查看或办理此任务：它不属于您所在单位或角色。");
                });
        assertThatThrownBy(() -> signIn.as("zhangwei", () -> inbox.claim(taskId))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> signIn.as("zhangwei", () -> inbox.complete(taskId, Map.of("decision", "approve"))))
                .isInstanceOf(BusinessException.class);

        assertThat(deniedCount(taskId) - deniedBefore).isEqualTo(3);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
    }

    private Integer deniedCount(String taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE target = ? AND outcome = 'DENIED'",
                Integer.class, "task:" + taskId);
    }

    @Test
    void malformedAndUnknownTaskIdsGetClearMessages() {
        signIn.as(DemoRequests.REVIEWER);
        assertThatThrownBy(() -> inbox.open("../../etc/passwd"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("任务编号格式不正确。"));
        assertThatThrownBy(() -> inbox.open("00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
                    assertThat(text(e)).isEqualTo("任务不存在，可能已被撤销。");
                });
    }

    @Test
    void claimingAndUnclaimingMovesTheTaskBetweenScopes() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        TaskFilter byNumber = TaskFilter.all().withText(started.businessKey());

        signIn.as(DemoRequests.REVIEWER);
        assertThat(inbox.countTasks(byNumber.withScope(TaskFilter.Scope.CLAIMABLE))).isEqualTo(1);
        inbox.claim(taskId);
        assertThat(inbox.countTasks(byNumber.withScope(TaskFilter.Scope.CLAIMABLE))).isZero();
        assertThat(inbox.countTasks(byNumber.withScope(TaskFilter.Scope.MINE))).isEqualTo(1);
        assertThat(inbox.open(taskId).canUnclaim()).isTrue();

        inbox.unclaim(taskId);
        assertThat(inbox.countTasks(byNumber.withScope(TaskFilter.Scope.CLAIMABLE))).isEqualTo(1);
    }

    @Test
    void twoUsersClaimingOneTaskAtOnceOneWinsTheOtherIsTold() throws Exception {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        // Offer the task to the whole department so that two people may claim it.
        taskService.addCandidateGroup(taskId, "department:DP-MZ");

        List<String> contenders = List.of(DemoRequests.REVIEWER, "zhouqiang");
        ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
        CountDownLatch go = new CountDownLatch(1);
        List<String> winners = Collections.synchronizedList(new ArrayList<>());
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (String contender : contenders) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    signIn.as(contender, () -> inbox.claim(taskId));
                    winners.add(contender);
                } catch (BusinessException refused) {
                    assertThat(refused.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
                    refusals.add(text(refused));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(winners).hasSize(1);
        assertThat(refusals).hasSize(1);
        String winnerName = winners.get(0).equals(DemoRequests.REVIEWER) ? "孙丽" : "周强";
        assertThat(refusals.get(0)).satisfiesAnyOf(
                message -> assertThat(message).isEqualTo("该任务已被" + winnerName + "签收，请刷新待办列表。"),
                message -> assertThat(message).isEqualTo("该任务刚刚被其他同事签收或办理，请刷新待办列表。"));
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(winners.get(0));
    }

    @Test
    void invalidFormValuesAreRefusedAndNothingIsWritten() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER);

        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("decision", "maybe")))
                .isInstanceOfSatisfying(FormSubmissionRejected.class, rejected ->
                        assertThat(rejected.fieldErrors()).extracting(error -> error.key()).containsExactly("decision"));
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("decision", "approve", "hacked", "x")))
                .isInstanceOf(FormSubmissionRejected.class);

        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .as("the automatic claim is rolled back with the refused submission").isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_task_outcome WHERE task_id = ?", Integer.class, taskId)).isZero();
    }

    @Test
    void completingRecordsTheDecisionAndMovesTheTaskToDone() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER);

        inbox.complete(taskId, Map.of("decision", "approve", "reviewOpinion", "同意，注意交接"));

        List<DoneTask> done = inbox.done(started.businessKey(), 0, 10);
        assertThat(done).singleElement().satisfies(item -> {
            assertThat(item.taskId()).isEqualTo(taskId);
            assertThat(item.outcome()).isEqualTo("同意");
            assertThat(item.caseTitle()).isEqualTo("刘洋 · 年休假 3 天");
        });
        assertThatThrownBy(() -> inbox.complete(taskId, Map.of("decision", "approve")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("该任务已办结。"));
    }

    @Test
    void filtersNarrowTheInbox() {
        StartedCase started = requests.start();
        signIn.as(DemoRequests.REVIEWER);
        TaskFilter mine = TaskFilter.all().withText(started.businessKey());

        assertThat(inbox.countTasks(mine)).isEqualTo(1);
        assertThat(inbox.countTasks(new TaskFilter(TaskFilter.Scope.ALL, "NoSuchProcess", null, null, null, null, null,
                null, started.businessKey()))).isZero();
        assertThat(inbox.countTasks(new TaskFilter(TaskFilter.Scope.ALL, DemoRequests.PROCESS, "DP-MZ", null, null, 80,
                null, null, started.businessKey()))).as("not urgent").isZero();
        assertThat(inbox.countTasks(new TaskFilter(TaskFilter.Scope.ALL, DemoRequests.PROCESS, "DP-MZ", null, null, 50,
                null, null, started.businessKey()))).isEqualTo(1);
        assertThat(inbox.countTasks(TaskFilter.all().withText("年休假 3"))).isPositive();
        assertThatThrownBy(() -> inbox.countTasks(new TaskFilter(TaskFilter.Scope.ALL, null, "CM001", null, null, null,
                null, null, null))).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> inbox.countTasks(TaskFilter.all().withText("x".repeat(101))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(text(e)).isEqualTo("搜索内容不能超过 100 个字。"));
    }

    @Test
    void pagesDoNotOverlap() {
        for (int i = 0; i < 3; i++) {
            requests.start();
        }
        signIn.as(DemoRequests.REVIEWER);
        long total = inbox.countTasks(TaskFilter.all());
        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 2) {
            inbox.tasks(TaskFilter.all(), TaskSort.newestFirst(), offset, 2).forEach(task -> ids.add(task.id()));
        }
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
    }

    @Test
    void countsFeedTheMenuBadges() {
        requests.start();
        InboxCounts counts = signIn.as(DemoRequests.REVIEWER, () -> inbox.counts());
        assertThat(counts.claimable()).isPositive();
        assertThat(counts.open()).isEqualTo(counts.assigned() + counts.claimable());
    }

    @Test
    void claimingIsAttributedInTheEngineLog() {
        StartedCase started = requests.start();
        String taskId = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER, () -> inbox.claim(taskId));

        assertThat(historyService.createUserOperationLogQuery().taskId(taskId).userId(DemoRequests.REVIEWER)
                .operationType("Claim").count()).isPositive();
    }

    @Test
    void aSecondReviewAfterResubmissionStartsWithoutThePreviousDecision() {
        StartedCase started = requests.start();
        String firstReview = requests.taskOf(started, DemoRequests.REVIEWER).id();
        signIn.as(DemoRequests.REVIEWER, () -> inbox.complete(firstReview, Map.of("decision", "return", "reviewOpinion", "请补充交接人")));
        String revise = requests.taskOf(started, DemoRequests.APPLICANT).id();
        java.util.Map<String, Object> resubmission = new java.util.HashMap<>(DemoRequests.validRequest());
        resubmission.put("reviseAction", "resubmit");
        TaskDetail reviseForm = signIn.as(DemoRequests.APPLICANT, () -> inbox.open(revise));
        assertThat(reviseForm.formValues()).as("the reviewer's opinion is shown read-only")
                .containsEntry("reviewOpinion", "请补充交接人").containsEntry("reason", "回老家探望父母");
        signIn.as(DemoRequests.APPLICANT, () -> inbox.complete(revise, resubmission));

        String secondReview = requests.taskOf(started, DemoRequests.REVIEWER).id();
        TaskDetail detail = signIn.as(DemoRequests.REVIEWER, () -> inbox.open(secondReview));
        assertThat(detail.formValues()).doesNotContainKeys("decision", "reviewOpinion").containsKey("leaveType");
    }
}
