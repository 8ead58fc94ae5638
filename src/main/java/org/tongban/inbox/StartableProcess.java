package org.tongban.inbox;

/** A process the current user may start from 发起. */
public record StartableProcess(String key, String name, String description) {
}
