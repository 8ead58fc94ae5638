package org.tongban.inbox.ui;

/** Route paths of the inbox screens (also the keys of the menu badges). */
public final class InboxRoutes {

    public static final String TASKS = "tasks";
    public static final String TASK = "task";
    public static final String START = "start";
    public static final String STARTED = "started";
    public static final String DONE = "done";
    public static final String COPIES = "copies";
    public static final String CASE = "case";

    private InboxRoutes() {
    }
}
