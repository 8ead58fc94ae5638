package org.tongban.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.catalog.WorkingDays;
import org.tongban.testing.TongbanTest;

/** Every path through 【演示】部门内部请假, on the application's own engine (so it also runs on MariaDB in CI). */
@TongbanTest
@Tag("db")
class DemoLeaveRequestProcessTests {

    static final String PROCESS = "DemoLeaveRequest";

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    Clock clock;

    @BeforeEach
    void useApplicationEngine() {
        BpmnAwareTests.init(engine);
    }

    /**
     * The end of the second working day after {@code before} (or after the next day, should the test run across
     * midnight), as {@code ${workingDays.dueIn(2)}} reckons it with the default {@code tongban.calendar.day-end}.
     */
    private List<Instant> reviewDueDates(LocalDate before) {
        return Stream.of(before, LocalDate.now(clock))
                .map(day -> workingDays.plusWorkingDays(day, 2).atTime(LocalTime.of(23, 59, 59)))
                .map(due -> due.atZone(clock.getZone()).toInstant())
                .toList();
    }

    private ProcessInstance start(boolean urgent) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                "initiator", "liuyang", "initiatorUnitKind", "department", "initiatorUnitCode", "DP-MZ",
                "leaveType", "annual", "startDate", "2026-12-07", "endDate", "2026-12-08", "days", 2.0,
                "reason", "测试路径用的请假事由", "contactPhone", "13800000007", "urgent", urgent));
        variables.put("handover", SpinValues.jsonValue("[\"work\"]").create());
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "TEST-" + System.nanoTime(), variables);
    }

    @Test
    void approvedLeaveIsCopiedToTheDepartmentAndClosedByReportingBack() {
        LocalDate today = LocalDate.now(clock);
        ProcessInstance instance = start(false);

        assertThat(instance).isWaitingAt("Task_ReviewLeave");
        assertThat(task()).hasCandidateGroup("department:DP-MZ:dept-reviewer");
        assertThat(task().getDueDate().toInstant()).as("two working days from today, at the end of the day")
                .isIn(reviewDueDates(today));
        assertThat(task().getPriority()).isEqualTo(50);
        engine.getIdentityService().setAuthenticatedUserId("sunli");
        try {
            complete(task(), withVariables("decision", "approve", "reviewOpinion", "同意"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }

        assertThat(instance).hasPassed("ServiceTask_CopyDepartment").isWaitingAt("Task_ReportBack");
        assertThat(task()).isAssignedTo("liuyang");
        List<String> copiedTo = jdbc.queryForList(
                "SELECT recipient FROM inbox_carbon_copy WHERE process_instance_id = ? ORDER BY recipient",
                String.class, instance.getId());
        assertThat(copiedTo).as("the department, except the reviewer who approved")
                .containsExactly("liuyang", "wuhao", "zhouqiang");

        complete(task(), withVariables("returnDate", "2026-12-09"));
        assertThat(instance).isEnded().hasPassed("EndEvent_LeaveClosed");
    }

    @Test
    void urgentRequestsGetHigherPriority() {
        ProcessInstance instance = start(true);
        assertThat(task(instance).getPriority()).isEqualTo(80);
    }

    @Test
    void rejectedLeaveEndsWithoutCopies() {
        ProcessInstance instance = start(false);
        assertThat(instance).isActive();
        complete(task(), withVariables("decision", "reject", "reviewOpinion", "年底工作繁忙"));

        assertThat(instance).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("ServiceTask_CopyDepartment");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM inbox_carbon_copy WHERE process_instance_id = ?",
                Integer.class, instance.getId())).isZero();
    }

    @Test
    void returnedRequestCanBeResubmittedAndReviewedAgain() {
        ProcessInstance instance = start(false);
        assertThat(instance).isActive();
        complete(task(), withVariables("decision", "return", "reviewOpinion", "请补充交接人"));

        assertThat(instance).isWaitingAt("Task_ReviseRequest");
        assertThat(task()).isAssignedTo("liuyang");
        complete(task(), withVariables("reviseAction", "resubmit", "reason", "已补充：交接给王芳"));

        assertThat(instance).isWaitingAt("Task_ReviewLeave");
        complete(task(), withVariables("decision", "approve"));
        assertThat(instance).isWaitingAt("Task_ReportBack");
    }

    @Test
    void returnedRequestCanBeWithdrawn() {
        ProcessInstance instance = start(false);
        assertThat(instance).isActive();
        complete(task(), withVariables("decision", "return"));
        complete(task(), withVariables("reviseAction", "withdraw"));

        assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
    }
}
