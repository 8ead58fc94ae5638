package org.tongban.inbox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.testing.SignIn;

/** Starts demo leave requests the way a department handler would, for inbox tests. */
@Component
public class DemoRequests {

    public static final String PROCESS = "DemoLeaveRequest";
    /** 刘洋, 县民政局 handler: may start the demo. */
    public static final String APPLICANT = "liuyang";
    /** 孙丽, 县民政局 reviewer: the review task is offered to her group. */
    public static final String REVIEWER = "sunli";

    private final Cases cases;
    private final TaskInbox inbox;
    private final SignIn signIn;

    public DemoRequests(Cases cases, TaskInbox inbox, SignIn signIn) {
        this.cases = cases;
        this.inbox = inbox;
        this.signIn = signIn;
    }

    public static Map<String, Object> validRequest() {
        Map<String, Object> values = new HashMap<>();
        values.put("leaveType", "annual");
        values.put("startDate", "2026-12-07");
        values.put("endDate", "2026-12-09");
        values.put("days", 3);
        values.put("reason", "回老家探望父母");
        values.put("handover", List.of("work", "contact"));
        values.put("contactPhone", "13912345678");
        values.put("urgent", false);
        return values;
    }

    public StartedCase start() {
        return signIn.as(APPLICANT, () -> cases.start(PROCESS, validRequest()));
    }

    /** The open task of a case as the given user sees it in 我的待办. */
    public TaskSummary taskOf(StartedCase started, String username) {
        return signIn.as(username, () -> inbox.tasks(TaskFilter.all().withText(started.businessKey()),
                TaskSort.newestFirst(), 0, 10)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(username + " sees no task of " + started.businessKey()));
    }
}
