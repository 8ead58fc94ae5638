package org.tongban.inbox;

import java.time.LocalDateTime;

/** One row of 抄送我的. */
public record CopyItem(long id, String processInstanceId, String businessKey, String caseTitle, String processName,
                       String senderName, String note, LocalDateTime created, boolean read) {
}
