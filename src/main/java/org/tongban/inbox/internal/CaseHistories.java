package org.tongban.inbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;
import org.tongban.base.Messages;
import org.tongban.identity.Directory;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.CaseState;
import org.tongban.inbox.CaseStep;

/** Builds a case's history from the engine's history and the recorded task outcomes. */
@Component
class CaseHistories {

    private static final Set<String> START_TYPES = Set.of("startEvent");
    private static final Set<String> END_TYPES = Set.of("noneEndEvent", "terminateEndEvent", "errorEndEvent",
            "cancelEndEvent", "messageEndEvent", "signalEndEvent", "escalationEndEvent", "compensationEndEvent");

    private final HistoryService historyService;
    private final RepositoryService repositoryService;
    private final TaskService taskService;
    private final TaskOutcomes outcomes;
    private final Directory directory;
    private final CaseTitles caseTitles;
    private final Messages messages;
    private final Clock clock;

    CaseHistories(HistoryService historyService, RepositoryService repositoryService, TaskService taskService,
                  TaskOutcomes outcomes, Directory directory, CaseTitles caseTitles, Messages messages, Clock clock) {
        this.historyService = historyService;
        this.repositoryService = repositoryService;
        this.taskService = taskService;
        this.outcomes = outcomes;
        this.directory = directory;
        this.caseTitles = caseTitles;
        this.messages = messages;
        this.clock = clock;
    }

    CaseHistory build(HistoricProcessInstance instance, Locale locale) {
        String processInstanceId = instance.getId();
        List<HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .sorted(Comparator.comparing(HistoricTaskInstance::getStartTime).thenComparing(HistoricTaskInstance::getId))
                .toList();
        List<HistoricActivityInstance> events = historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list().stream()
                .filter(activity -> START_TYPES.contains(activity.getActivityType()) || END_TYPES.contains(activity.getActivityType()))
                .toList();
        Map<String, TaskOutcome> outcomeByTask = outcomes.findByProcessInstanceId(processInstanceId).stream()
                .collect(Collectors.toMap(TaskOutcome::taskId, Function.identity()));

        Set<String> people = new HashSet<>();
        if (instance.getStartUserId() != null) {
            people.add(instance.getStartUserId());
        }
        tasks.stream().map(HistoricTaskInstance::getAssignee).filter(java.util.Objects::nonNull).forEach(people::add);
        Map<String, String> names = directory.displayNames(people);

        List<CaseStep> steps = new ArrayList<>();
        events.stream().filter(event -> START_TYPES.contains(event.getActivityType())).findFirst().ifPresent(start ->
                steps.add(new CaseStep(CaseStep.Kind.START, nameOr(start.getActivityName(), start.getActivityId()),
                        names.get(instance.getStartUserId()), EngineTime.toLocal(start.getStartTime(), clock),
                        EngineTime.toLocal(start.getStartTime(), clock), null, null)));
        for (HistoricTaskInstance task : tasks) {
            TaskOutcome outcome = outcomeByTask.get(task.getId());
            String actor = task.getAssignee() != null ? names.get(task.getAssignee())
                    : task.getEndTime() == null ? offeredTo(task.getId(), locale) : null;
            steps.add(new CaseStep(CaseStep.Kind.TASK, nameOr(task.getName(), task.getTaskDefinitionKey()), actor,
                    EngineTime.toLocal(task.getStartTime(), clock), EngineTime.toLocal(task.getEndTime(), clock),
                    outcome == null ? null : outcome.outcome(), outcome == null ? null : outcome.opinion()));
        }
        events.stream().filter(event -> END_TYPES.contains(event.getActivityType()) && event.getEndTime() != null)
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime))
                .ifPresent(end -> steps.add(new CaseStep(CaseStep.Kind.END, nameOr(end.getActivityName(), end.getActivityId()),
                        null, EngineTime.toLocal(end.getEndTime(), clock), EngineTime.toLocal(end.getEndTime(), clock), null, null)));

        return new CaseHistory(processInstanceId, instance.getBusinessKey(), caseTitles.of(processInstanceId),
                processName(instance), names.get(instance.getStartUserId()),
                EngineTime.toLocal(instance.getStartTime(), clock), EngineTime.toLocal(instance.getEndTime(), clock),
                stateOf(instance), List.copyOf(steps));
    }

    String processName(HistoricProcessInstance instance) {
        return nameOr(instance.getProcessDefinitionName(),
                repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getKey());
    }

    static CaseState stateOf(HistoricProcessInstance instance) {
        String state = instance.getState();
        if (HistoricProcessInstance.STATE_COMPLETED.equals(state)) {
            return CaseState.COMPLETED;
        }
        if (HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED.equals(state)
                || HistoricProcessInstance.STATE_INTERNALLY_TERMINATED.equals(state)) {
            return CaseState.TERMINATED;
        }
        return CaseState.RUNNING;
    }

    private String offeredTo(String taskId, Locale locale) {
        return taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(link -> link.getGroupId() != null ? directory.describeGroup(link.getGroupId(), locale)
                        : directory.displayNames(List.of(link.getUserId())).get(link.getUserId()))
                .distinct()
                .collect(Collectors.joining(messages.get(locale, "common.list-separator")));
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }
}
