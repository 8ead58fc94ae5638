package org.tongban.inbox;

/** What the user gets back after starting a case: its number and title. */
public record StartedCase(String processInstanceId, String businessKey, String title) {
}
