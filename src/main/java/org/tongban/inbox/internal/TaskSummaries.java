package org.tongban.inbox.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.base.Messages;
import org.tongban.identity.Directory;
import org.tongban.inbox.TaskSummary;

/**
 * Turns a page of engine tasks into inbox rows with a fixed number of queries per page (business keys, titles,
 * candidate groups, people), whatever the page size.
 */
@Component
class TaskSummaries {

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final CandidateGroupLinks candidateGroups;
    private final CaseTitles caseTitles;
    private final Directory directory;
    private final Messages messages;
    private final Clock clock;

    TaskSummaries(RepositoryService repositoryService, RuntimeService runtimeService, CandidateGroupLinks candidateGroups,
                  CaseTitles caseTitles, Directory directory, Messages messages, Clock clock) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.candidateGroups = candidateGroups;
        this.caseTitles = caseTitles;
        this.messages = messages;
        this.directory = directory;
        this.clock = clock;
    }

    List<TaskSummary> of(List<Task> tasks, String me, Locale locale) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = instanceIds.isEmpty() ? Map.of()
                : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        Map<String, String> titles = caseTitles.of(instanceIds);
        Map<String, String> names = directory.displayNames(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<String>> groupsByTask = candidateGroups.byTask(tasks.stream().map(Task::getId).toList());
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        Map<String, String> groupLabels = new HashMap<>();
        LocalDateTime now = LocalDateTime.now(clock);

        return tasks.stream().map(task -> {
            ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
                    : definitions.computeIfAbsent(task.getProcessDefinitionId(), repositoryService::getProcessDefinition);
            LocalDateTime due = EngineTime.toLocal(task.getDueDate(), clock);
            return new TaskSummary(task.getId(), task.getName(),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : (definition.getName() == null ? definition.getKey() : definition.getName()),
                    task.getProcessInstanceId(), businessKeys.get(task.getProcessInstanceId()),
                    titles.get(task.getProcessInstanceId()), EngineTime.toLocal(task.getCreateTime(), clock), due,
                    task.getPriority(), task.getAssignee(), task.getAssignee() == null ? null : names.get(task.getAssignee()),
                    offeredTo(groupsByTask.getOrDefault(task.getId(), List.of()), groupLabels, locale),
                    me.equals(task.getAssignee()),
                    due != null && due.isBefore(now));
        }).toList();
    }

    private String offeredTo(List<String> groups, Map<String, String> groupLabels, Locale locale) {
        return groups.stream()
                .map(group -> groupLabels.computeIfAbsent(group, id -> directory.describeGroup(id, locale)))
                .distinct()
                .collect(Collectors.joining(messages.get(locale, "common.list-separator")));
    }
}
