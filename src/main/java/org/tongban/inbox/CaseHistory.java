package org.tongban.inbox;

import java.time.LocalDateTime;
import java.util.List;

/** A case as a reviewer needs it on one page: header facts and every step in order. */
public record CaseHistory(String processInstanceId, String businessKey, String title, String processName,
                          String initiatorName, LocalDateTime started, LocalDateTime ended, CaseState state,
                          List<CaseStep> steps) {
}
