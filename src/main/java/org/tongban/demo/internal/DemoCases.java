package org.tongban.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongban.identity.RunAsStaff;
import org.tongban.inbox.Cases;
import org.tongban.inbox.StartedCase;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.inbox.TaskSummary;

/**
 * Starts three demo leave requests by 刘洋 (县民政局 handler) once, through the same services a user would use: two
 * wait for 孙丽 (the department's reviewer) to claim, one is already approved and waits for 刘洋 to report back.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tongban.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoCases implements ApplicationRunner {

    static final String APPLICANT = "liuyang";
    static final String REVIEWER = "sunli";
    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final Cases cases;
    private final TaskInbox inbox;
    private final RunAsStaff runAs;
    private final Clock clock;

    DemoCases(Cases cases, TaskInbox inbox, RunAsStaff runAs, Clock clock) {
        this.cases = cases;
        this.inbox = inbox;
        this.runAs = runAs;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runAs.call(APPLICANT, () -> cases.countStartedByMe(null)) > 0) {
            return;
        }
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        runAs.run(APPLICANT, () -> {
            cases.start(DemoLeaveProcess.KEY, request("annual", monday, monday.plusDays(2), 3, "回老家探望父母，已与同事协调好窗口值班。", false));
            cases.start(DemoLeaveProcess.KEY, request("sick", monday, monday, 1, "发烧需到医院就诊，附医院门诊病历。", true));
        });
        StartedCase approved = runAs.call(APPLICANT, () -> cases.start(DemoLeaveProcess.KEY,
                request("personal", monday.plusDays(3), monday.plusDays(4), 2, "办理房屋过户手续，需本人到场。", false)));
        runAs.run(REVIEWER, () -> {
            TaskSummary review = inbox.tasks(TaskFilter.all().withText(approved.businessKey()), TaskSort.newestFirst(), 0, 1).get(0);
            inbox.complete(review.id(), Map.of("decision", "approve", "reviewOpinion", "同意，注意做好工作交接。"));
        });
        log.info("Seeded 3 demo leave requests");
    }

    private static Map<String, Object> request(String type, LocalDate from, LocalDate to, double days, String reason,
                                               boolean urgent) {
        return Map.of("leaveType", type, "startDate", from.toString(), "endDate", to.toString(), "days", days,
                "reason", reason, "handover", List.of("work", "contact"), "contactPhone", "13800000007",
                "urgent", urgent);
    }
}
