package org.tongban.inbox;

import java.time.LocalDateTime;

/** One row of 我发起的. {@code currentStep} names the open task(s), empty when the case has ended. */
public record CaseSummary(String processInstanceId, String businessKey, String title, String processName,
                          LocalDateTime started, LocalDateTime ended, CaseState state, String currentStep) {
}
