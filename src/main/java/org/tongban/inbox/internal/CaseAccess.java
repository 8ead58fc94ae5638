package org.tongban.inbox.internal;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.identity.StaffPrincipal;

/**
 * The data-scope rules of the inbox, in one place. A task is the user's when assigned to them; it is offered to them
 * when one of its candidate users or groups is theirs. A case is visible to whoever started it, was assigned or offered
 * one of its tasks, or received a copy.
 */
@Component
class CaseAccess {

    /** How a user relates to a task. */
    enum TaskRelation {
        /** Assigned to the user. */
        ASSIGNEE,
        /** Unassigned and offered to the user. */
        CANDIDATE,
        /** Offered to the user's group but claimed by a colleague: visible, not actionable. */
        CLAIMED_BY_COLLEAGUE,
        /** Outside the user's scope. */
        NONE
    }

    private final TaskService taskService;
    private final HistoryService historyService;
    private final CarbonCopyRecords copies;

    CaseAccess(TaskService taskService, HistoryService historyService, CarbonCopyRecords copies) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.copies = copies;
    }

    TaskRelation relationTo(Task task, StaffPrincipal user) {
        String me = user.getUsername();
        if (me.equals(task.getAssignee())) {
            return TaskRelation.ASSIGNEE;
        }
        boolean offered = isOffered(taskService.getIdentityLinksForTask(task.getId()), me, user.groups());
        if (!offered) {
            return TaskRelation.NONE;
        }
        return task.getAssignee() == null ? TaskRelation.CANDIDATE : TaskRelation.CLAIMED_BY_COLLEAGUE;
    }

    boolean canView(HistoricProcessInstance instance, StaffPrincipal user) {
        String me = user.getUsername();
        if (me.equals(instance.getStartUserId())) {
            return true;
        }
        String processInstanceId = instance.getId();
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list();
        if (tasks.stream().anyMatch(task -> me.equals(task.getAssignee()))) {
            return true;
        }
        Set<String> groups = user.groups();
        for (HistoricTaskInstance task : tasks) {
            boolean wasOffered = historyService.createHistoricIdentityLinkLogQuery()
                    .taskId(task.getId()).type(IdentityLinkType.CANDIDATE).list().stream()
                    .anyMatch(link -> me.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())));
            if (wasOffered) {
                return true;
            }
        }
        return copies.existsByProcessInstanceIdAndRecipient(processInstanceId, me);
    }

    private static boolean isOffered(List<IdentityLink> links, String me, Set<String> groups) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> me.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    static boolean hasCandidates(List<IdentityLink> links) {
        return links.stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }
}
