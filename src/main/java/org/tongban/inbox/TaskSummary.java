package org.tongban.inbox;

import java.time.LocalDateTime;

/**
 * One row of 我的待办. {@code offeredTo} names the units/roles the task is offered to (e.g. "县民政局 · 部门审核人");
 * {@code assigneeName} is null while nobody has claimed it.
 */
public record TaskSummary(String id, String name, String processKey, String processName, String processInstanceId,
                          String businessKey, String caseTitle, LocalDateTime created, LocalDateTime due, int priority,
                          String assignee, String assigneeName, String offeredTo, boolean assignedToMe,
                          boolean overdue) {
}
