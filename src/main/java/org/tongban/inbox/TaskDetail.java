package org.tongban.inbox;

import java.util.Map;

import org.tongban.inbox.form.FormSchema;

/**
 * Everything the task page shows: the task, its form with current values (null form for a task without one), what
 * the user may do with it, and the whole case history.
 */
public record TaskDetail(TaskSummary task, String description, FormSchema form, Map<String, Object> formValues,
                         boolean canClaim, boolean canUnclaim, boolean canComplete, CaseHistory caseHistory) {
}
