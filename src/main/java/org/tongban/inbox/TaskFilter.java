package org.tongban.inbox;

import java.time.LocalDate;

/**
 * Narrows 我的待办. Every field is optional (null = no restriction). {@code orgUnitCode} keeps tasks offered to one of
 * the user's units; {@code text} matches case number, case title and task name.
 */
public record TaskFilter(Scope scope, String processKey, String orgUnitCode, LocalDate dueFrom, LocalDate dueTo,
                         Integer minPriority, LocalDate createdFrom, LocalDate createdTo, String text) {

    /** Which of the user's tasks. */
    public enum Scope {
        /** Assigned to me and open for me to claim. */
        ALL,
        /** Assigned to me (已签收). */
        MINE,
        /** Open for me to claim (待签收). */
        CLAIMABLE
    }

    public static TaskFilter all() {
        return new TaskFilter(Scope.ALL, null, null, null, null, null, null, null, null);
    }

    public TaskFilter withScope(Scope newScope) {
        return new TaskFilter(newScope, processKey, orgUnitCode, dueFrom, dueTo, minPriority, createdFrom, createdTo, text);
    }

    public TaskFilter withText(String newText) {
        return new TaskFilter(scope, processKey, orgUnitCode, dueFrom, dueTo, minPriority, createdFrom, createdTo, newText);
    }
}
