package org.tongban.inbox;

/** The case a copy is about, as known at the moment of copying (the case may not be in the history tables yet). */
public record CopiedCase(String processInstanceId, String processName, String businessKey, String title) {
}
