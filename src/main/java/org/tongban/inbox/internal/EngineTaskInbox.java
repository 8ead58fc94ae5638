package org.tongban.inbox.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.OffsetPageRequest;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.RoleAssignmentView;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.DoneTask;
import org.tongban.inbox.InboxCounts;
import org.tongban.inbox.NamedOption;
import org.tongban.inbox.ProcessConventions;
import org.tongban.inbox.TaskDetail;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.inbox.TaskSummary;
import org.tongban.inbox.form.FormSchema;

@Service
@Transactional
class EngineTaskInbox implements TaskInbox {

    /** Camunda ids are UUIDs (or numbers with the database id generator); anything else is malformed. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    static final int MAX_TEXT_LENGTH = 100;

    private final TaskService taskService;
    private final HistoryService historyService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final CaseAccess access;
    private final TaskSummaries summaries;
    private final CaseHistories histories;
    private final InboxForms forms;
    private final TaskOutcomes outcomes;
    private final CarbonCopyRecords copies;
    private final CaseTitles caseTitles;
    private final AuditTrail auditTrail;
    private final Clock clock;

    EngineTaskInbox(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
                    RepositoryService repositoryService, IdentityService identityService, CurrentStaff currentStaff,
                    Directory directory, CaseAccess access, TaskSummaries summaries, CaseHistories histories,
                    InboxForms forms, TaskOutcomes outcomes, CarbonCopyRecords copies, CaseTitles caseTitles,
                    AuditTrail auditTrail, Clock clock) {
        this.taskService = taskService;
        this.historyService = historyService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.access = access;
        this.summaries = summaries;
        this.histories = histories;
        this.forms = forms;
        this.outcomes = outcomes;
        this.copies = copies;
        this.caseTitles = caseTitles;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // --- 我的待办 ---

    @Override
    @Transactional(readOnly = true)
    public List<TaskSummary> tasks(TaskFilter filter, TaskSort sort, int offset, int limit) {
        OffsetPageRequest.of(offset, limit);
        StaffPrincipal me = currentStaff.require();
        TaskQuery query = query(me, filter);
        sorted(query, sort == null ? TaskSort.newestFirst() : sort);
        return summaries.of(query.listPage(offset, limit), me.getUsername(), Messages.currentLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public long countTasks(TaskFilter filter) {
        return query(currentStaff.require(), filter).count();
    }

    @Override
    @Transactional(readOnly = true)
    public InboxCounts counts() {
        StaffPrincipal me = currentStaff.require();
        long assigned = taskService.createTaskQuery().active().taskAssignee(me.getUsername()).count();
        long claimable = taskService.createTaskQuery().active().taskCandidateUser(me.getUsername()).count();
        return new InboxCounts(assigned, claimable, copies.countByRecipientAndReadAtIsNull(me.getUsername()));
    }

    private TaskQuery query(StaffPrincipal me, TaskFilter filter) {
        TaskFilter effective = filter == null ? TaskFilter.all() : filter;
        String username = me.getUsername();
        TaskQuery query = taskService.createTaskQuery().active();
        switch (effective.scope() == null ? TaskFilter.Scope.ALL : effective.scope()) {
            case MINE -> query.taskAssignee(username);
            case CLAIMABLE -> query.taskCandidateUser(username);
            case ALL -> query.or().taskAssignee(username).taskCandidateUser(username).endOr();
        }
        if (effective.processKey() != null && !effective.processKey().isBlank()) {
            query.processDefinitionKey(effective.processKey());
        }
        if (effective.orgUnitCode() != null && !effective.orgUnitCode().isBlank()) {
            query.or().taskCandidateGroupIn(groupsInUnit(me, effective.orgUnitCode())).includeAssignedTasks().endOr();
        }
        if (effective.dueFrom() != null) {
            query.dueAfter(new Date(EngineTime.startOfDay(effective.dueFrom(), clock).getTime() - 1));
        }
        if (effective.dueTo() != null) {
            query.dueBefore(EngineTime.startOfDay(effective.dueTo().plusDays(1), clock));
        }
        if (effective.createdFrom() != null) {
            query.taskCreatedAfter(new Date(EngineTime.startOfDay(effective.createdFrom(), clock).getTime() - 1));
        }
        if (effective.createdTo() != null) {
            query.taskCreatedBefore(EngineTime.startOfDay(effective.createdTo().plusDays(1), clock));
        }
        if (effective.minPriority() != null) {
            query.taskMinPriority(effective.minPriority());
        }
        String text = searchText(effective.text());
        if (text != null) {
            String like = "%" + text + "%";
            query.or().processInstanceBusinessKeyLike(like).taskNameLike(like)
                    .processVariableValueLike(ProcessConventions.VAR_CASE_TITLE, like).endOr();
        }
        return query;
    }

    private static List<String> groupsInUnit(StaffPrincipal me, String unitCode) {
        List<String> groups = me.assignments().stream()
                .filter(assignment -> assignment.unitCode().equals(unitCode))
                .flatMap(assignment -> java.util.stream.Stream.of(assignment.candidateGroup(),
                        CandidateGroups.unit(assignment.unitKind(), assignment.unitCode())))
                .distinct().toList();
        if (groups.isEmpty()) {
            throw BusinessException.invalid("inbox.error.not-your-unit", unitCode);
        }
        return groups;
    }

    static String searchText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip().replace("%", "");
        if (trimmed.length() > MAX_TEXT_LENGTH) {
            throw BusinessException.invalid("inbox.error.search-too-long", MAX_TEXT_LENGTH);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static void sorted(TaskQuery query, TaskSort sort) {
        switch (sort.field()) {
            case CREATED -> query.orderByTaskCreateTime();
            case DUE -> query.orderByDueDate();
            case PRIORITY -> query.orderByTaskPriority();
            case NAME -> query.orderByTaskName();
        }
        if (sort.ascending()) {
            query.asc();
        } else {
            query.desc();
        }
        query.orderByTaskId().asc();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedOption> processOptions() {
        return repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .sorted(java.util.Comparator.comparing(ProcessDefinition::getKey))
                .map(definition -> new NamedOption(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<NamedOption> orgUnitOptions() {
        Map<String, String> units = new LinkedHashMap<>();
        for (RoleAssignmentView assignment : currentStaff.require().assignments()) {
            units.putIfAbsent(assignment.unitCode(), assignment.unitName());
        }
        return units.entrySet().stream().map(entry -> new NamedOption(entry.getKey(), entry.getValue())).toList();
    }

    // --- one task ---

    @Override
    public TaskDetail open(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = requireTask(taskId);
        CaseAccess.TaskRelation relation = access.relationTo(task, me);
        if (relation == CaseAccess.TaskRelation.NONE) {
            throw outOfScope("task.open", taskId);
        }
        auditTrail.allowed("case.read", "case:" + task.getProcessInstanceId(), "task " + taskId);
        String page = isPageTask(task) ? task.getFormKey().substring(TaskDetail.PAGE_FORM_KEY_PREFIX.length()) : null;
        Optional<FormSchema> form = page != null ? Optional.empty() : forms.taskForm(task, deploymentOf(task));
        Map<String, Object> values = form.map(schema -> forms.prefill(schema,
                runtimeService.getVariables(task.getExecutionId()))).orElse(Map.of());
        TaskSummary summary = summaries.of(List.of(task), me.getUsername(), Messages.currentLocale()).get(0);
        boolean hasCandidates = CaseAccess.hasCandidates(taskService.getIdentityLinksForTask(taskId));
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        CaseHistory history = instance == null ? null : histories.build(instance, Messages.currentLocale());
        return new TaskDetail(summary, task.getDescription(), form.orElse(null), values,
                relation == CaseAccess.TaskRelation.CANDIDATE,
                relation == CaseAccess.TaskRelation.ASSIGNEE && hasCandidates,
                relation == CaseAccess.TaskRelation.ASSIGNEE || relation == CaseAccess.TaskRelation.CANDIDATE,
                history, page);
    }

    @Override
    public void claim(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = requireTask(taskId);
        switch (access.relationTo(task, me)) {
            case ASSIGNEE -> {
                return;
            }
            case CLAIMED_BY_COLLEAGUE -> throw alreadyClaimed(task.getAssignee());
            case NONE -> throw outOfScope("task.claim", taskId);
            case CANDIDATE -> claimAs(taskId, me.getUsername());
        }
    }

    private void claimAs(String taskId, String username) {
        identityService.setAuthenticatedUserId(username);
        try {
            taskService.claim(taskId, username);
        } catch (TaskAlreadyClaimedException e) {
            throw alreadyClaimed(e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // Another user claimed or completed the task between our read and our write.
            throw BusinessException.conflict("inbox.error.claimed-meanwhile");
        } finally {
            identityService.clearAuthentication();
        }
    }

    private BusinessException alreadyClaimed(String assignee) {
        String name = assignee == null ? "" : directory.displayNames(List.of(assignee)).get(assignee);
        return BusinessException.conflict("inbox.error.already-claimed", name);
    }

    @Override
    public void unclaim(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = requireTask(taskId);
        CaseAccess.TaskRelation relation = access.relationTo(task, me);
        if (relation == CaseAccess.TaskRelation.NONE) {
            throw outOfScope("task.unclaim", taskId);
        }
        if (relation != CaseAccess.TaskRelation.ASSIGNEE) {
            throw BusinessException.conflict("inbox.error.not-your-task");
        }
        if (!CaseAccess.hasCandidates(taskService.getIdentityLinksForTask(taskId))) {
            throw BusinessException.conflict("inbox.error.personal-task");
        }
        identityService.setAuthenticatedUserId(me.getUsername());
        try {
            taskService.setAssignee(taskId, null);
        } catch (OptimisticLockingException e) {
            throw BusinessException.conflict("inbox.error.claimed-meanwhile");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Override
    public void complete(String taskId, Map<String, Object> values) {
        StaffPrincipal me = currentStaff.require();
        Task task = requireTask(taskId);
        requireCompletable(task, me);
        if (isPageTask(task)) {
            throw BusinessException.invalid("inbox.error.page-task");
        }
        Map<String, Object> submitted = values == null ? Map.of() : values;
        Optional<FormSchema> form = forms.taskForm(task, deploymentOf(task));
        VariableMap variables = forms.toVariables(form, submitted);
        InboxForms.Decision decision = forms.decisionOf(form, submitted);
        completeAs(task, me, variables, decision.outcome(), decision.opinion());
    }

    @Override
    public void completeStep(String taskId, Map<String, Object> variables, String outcome, String opinion) {
        StaffPrincipal me = currentStaff.require();
        Task task = requireTask(taskId);
        requireCompletable(task, me);
        if (!isPageTask(task)) {
            throw new IllegalArgumentException("Task " + taskId + " has a Camunda Form: complete it through its form");
        }
        completeAs(task, me, variables, outcome, opinion);
    }

    private void requireCompletable(Task task, StaffPrincipal me) {
        switch (access.relationTo(task, me)) {
            case NONE -> throw outOfScope("task.complete", task.getId());
            case CLAIMED_BY_COLLEAGUE -> throw alreadyClaimed(task.getAssignee());
            case CANDIDATE -> claimAs(task.getId(), me.getUsername());
            case ASSIGNEE -> { }
        }
    }

    private void completeAs(Task task, StaffPrincipal me, Map<String, Object> variables, String outcome, String opinion) {
        String taskId = task.getId();
        identityService.setAuthenticatedUserId(me.getUsername());
        try {
            taskService.complete(taskId, variables);
        } catch (OptimisticLockingException e) {
            throw BusinessException.conflict("inbox.error.completed-meanwhile");
        } catch (ProcessEngineException e) {
            if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
                throw BusinessException.conflict("inbox.error.completed-meanwhile");
            }
            throw e;
        } finally {
            identityService.clearAuthentication();
        }
        outcomes.save(new TaskOutcome(taskId, task.getProcessInstanceId(), me.getUsername(), outcome, opinion,
                LocalDateTime.now(clock)));
    }

    private static boolean isPageTask(Task task) {
        return task.getFormKey() != null && task.getFormKey().startsWith(TaskDetail.PAGE_FORM_KEY_PREFIX);
    }

    /** Records the refusal in the audit trail and returns the exception that tells the user. */
    private BusinessException outOfScope(String action, String taskId) {
        auditTrail.denied(action, "task:" + taskId, "outside data scope");
        return BusinessException.forbidden("inbox.error.task-forbidden");
    }

    private Task requireTask(String taskId) {
        if (taskId == null || !ID.matcher(taskId).matches()) {
            throw BusinessException.invalid("inbox.error.malformed-task-id");
        }
        Task task = taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task != null) {
            return task;
        }
        boolean finished = historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
        throw finished ? BusinessException.notFound("inbox.error.task-completed")
                : BusinessException.notFound("inbox.error.task-not-found");
    }

    private String deploymentOf(Task task) {
        return repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
    }

    // --- 已办 ---

    @Override
    @Transactional(readOnly = true)
    public List<DoneTask> done(String text, int offset, int limit) {
        OffsetPageRequest.of(offset, limit);
        List<HistoricTaskInstance> tasks = doneQuery(text).orderByHistoricTaskInstanceEndTime().desc()
                .orderByTaskId().asc().listPage(offset, limit);
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(HistoricTaskInstance::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, instance -> instance));
        Map<String, String> titles = caseTitles.of(instanceIds);
        Map<String, String> decided = outcomes.findByTaskIdIn(tasks.stream().map(HistoricTaskInstance::getId).toList())
                .stream().filter(outcome -> outcome.outcome() != null)
                .collect(Collectors.toMap(TaskOutcome::taskId, TaskOutcome::outcome));
        return tasks.stream().map(task -> {
            HistoricProcessInstance instance = instances.get(task.getProcessInstanceId());
            return new DoneTask(task.getId(), task.getName(), task.getProcessInstanceId(),
                    instance == null ? null : instance.getBusinessKey(), titles.get(task.getProcessInstanceId()),
                    instance == null ? null : histories.processName(instance),
                    EngineTime.toLocal(task.getEndTime(), clock), decided.get(task.getId()));
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countDone(String text) {
        return doneQuery(text).count();
    }

    private HistoricTaskInstanceQuery doneQuery(String text) {
        HistoricTaskInstanceQuery query = historyService.createHistoricTaskInstanceQuery()
                .taskAssignee(currentStaff.require().getUsername()).finished();
        String search = searchText(text);
        if (search != null) {
            String like = "%" + search + "%";
            query.or().processInstanceBusinessKeyLike(like).taskNameLike(like)
                    .processVariableValueLike(ProcessConventions.VAR_CASE_TITLE, like).endOr();
        }
        return query;
    }
}
