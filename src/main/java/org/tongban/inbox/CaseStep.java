package org.tongban.inbox;

import java.time.LocalDateTime;

/**
 * One line of a case's history: the start, each task (open or done), and the end. {@code actorName} is who did it
 * (or, for an open unclaimed task, to whom it is offered); {@code outcome} is the decision taken, e.g. 同意.
 */
public record CaseStep(Kind kind, String name, String actorName, LocalDateTime started, LocalDateTime ended,
                       String outcome, String opinion) {

    /** What the line records. */
    public enum Kind { START, TASK, END }

    public boolean isOpen() {
        return ended == null && kind == Kind.TASK;
    }
}
