package org.tongban.inbox;

/** Order of 我的待办; ties are broken by task id so that pages never overlap. */
public record TaskSort(Field field, boolean ascending) {

    /** Sortable columns. */
    public enum Field { CREATED, DUE, PRIORITY, NAME }

    /** Newest first: what a counter worker expects by default. */
    public static TaskSort newestFirst() {
        return new TaskSort(Field.CREATED, false);
    }
}
