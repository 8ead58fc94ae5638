package org.tongban.inbox;

import java.util.List;
import java.util.Map;

/**
 * 我的待办 and 已办 for the signed-in user. Every method enforces the data scope: tasks assigned to the user, or
 * offered to one of the user's candidate groups. Anything else is refused and recorded in the audit trail.
 */
public interface TaskInbox {

    List<TaskSummary> tasks(TaskFilter filter, TaskSort sort, int offset, int limit);

    long countTasks(TaskFilter filter);

    InboxCounts counts();

    /** The task with form, permissions and case history; refused when outside the user's scope. */
    TaskDetail open(String taskId);

    /** Takes a task offered to one of the user's groups; refused with the winner's name when someone was faster. */
    void claim(String taskId);

    /** Gives a claimed task back to its candidate groups. */
    void unclaim(String taskId);

    /**
     * Validates the values against the task's form, records the decision, and completes the task, in one transaction.
     * An unclaimed task offered to the user is claimed in the same step.
     *
     * @throws FormSubmissionRejected when a value breaks the form's rules
     */
    void complete(String taskId, Map<String, Object> values);

    /**
     * Completes a task that a module handles on its own page (form key {@code app:…}) with variables the module's
     * service has already validated, under the same data scope and claim rules as {@link #complete}, and records the
     * decision and opinion in the case history. Joins the caller's transaction.
     */
    void completeStep(String taskId, Map<String, Object> variables, String outcome, String opinion);

    List<DoneTask> done(String text, int offset, int limit);

    long countDone(String text);

    /** Processes to filter by: the latest version of each deployed process. */
    List<NamedOption> processOptions();

    /** The user's units, for the filter. */
    List<NamedOption> orgUnitOptions();
}
