package org.tongban.inbox;

import java.util.Map;

import org.tongban.inbox.form.FormSchema;

/**
 * Everything the task page shows: the task, its form with current values (null form for a task without one), what
 * the user may do with it, and the whole case history.
 *
 * @param page route of the owning module's own task page (form key {@code app:<route>}), null for Camunda Forms
 */
public record TaskDetail(TaskSummary task, String description, FormSchema form, Map<String, Object> formValues,
                         boolean canClaim, boolean canUnclaim, boolean canComplete, CaseHistory caseHistory,
                         String page) {

    /** Form keys of tasks that a module handles on its own page, e.g. {@code app:onewindow/task}. */
    public static final String PAGE_FORM_KEY_PREFIX = "app:";
}
