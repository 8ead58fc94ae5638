package org.tongban.inbox;

import java.time.LocalDateTime;

/** One row of 已办: a task this user completed, with the decision they took. */
public record DoneTask(String taskId, String name, String processInstanceId, String businessKey, String caseTitle,
                       String processName, LocalDateTime completed, String outcome) {
}
