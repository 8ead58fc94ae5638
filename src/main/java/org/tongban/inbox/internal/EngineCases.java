package org.tongban.inbox.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.base.OffsetPageRequest;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.CaseSummary;
import org.tongban.inbox.Cases;
import org.tongban.inbox.ProcessConventions;
import org.tongban.inbox.StartForm;
import org.tongban.inbox.StartableProcess;
import org.tongban.inbox.StartedCase;
import org.tongban.inbox.form.FormComponent;
import org.tongban.inbox.form.FormSchema;

@Service
@Transactional
class EngineCases implements Cases {

    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,254}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final CurrentStaff currentStaff;
    private final CaseAccess access;
    private final CaseHistories histories;
    private final CaseNumbering numbering;
    private final InboxForms forms;
    private final CaseTitles caseTitles;
    private final Messages messages;
    private final AuditTrail auditTrail;
    private final java.time.Clock clock;

    EngineCases(RepositoryService repositoryService, RuntimeService runtimeService, HistoryService historyService,
                TaskService taskService, IdentityService identityService, CurrentStaff currentStaff, CaseAccess access,
                CaseHistories histories, CaseNumbering numbering, InboxForms forms, CaseTitles caseTitles,
                Messages messages, AuditTrail auditTrail, java.time.Clock clock) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.currentStaff = currentStaff;
        this.access = access;
        this.histories = histories;
        this.numbering = numbering;
        this.forms = forms;
        this.caseTitles = caseTitles;
        this.messages = messages;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    // --- 发起 ---

    @Override
    @Transactional(readOnly = true)
    public List<StartableProcess> startable() {
        StaffPrincipal me = currentStaff.require();
        return repositoryService.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .filter(definition -> mayStart(definition, me))
                .sorted(Comparator.comparing(ProcessDefinition::getKey))
                .map(definition -> new StartableProcess(definition.getKey(), nameOf(definition), definition.getDescription()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public StartForm startForm(String processKey) {
        ProcessDefinition definition = startableDefinition(processKey, currentStaff.require());
        FormSchema form = forms.startForm(definition)
                .orElseThrow(() -> BusinessException.notFound("inbox.error.no-start-form", nameOf(definition)));
        return new StartForm(definition.getKey(), nameOf(definition), form);
    }

    @Override
    public StartedCase start(String processKey, Map<String, Object> values) {
        StaffPrincipal me = currentStaff.require();
        ProcessDefinition definition = startableDefinition(processKey, me);
        Map<String, Object> submitted = values == null ? Map.of() : values;
        Optional<FormSchema> form = forms.startForm(definition);
        VariableMap variables = forms.toVariables(form, submitted);

        String businessKey = numbering.nextBusinessKey(definition);
        String title = numbering.title(definition, titleValues(definition, form, submitted, me));
        variables.putValue(ProcessConventions.VAR_INITIATOR_NAME, me.displayName());
        variables.putValue(ProcessConventions.VAR_CASE_TITLE, title);
        me.primaryAssignment().ifPresent(assignment -> {
            variables.putValue(ProcessConventions.VAR_INITIATOR_UNIT_KIND, assignment.unitKind().groupPrefix());
            variables.putValue(ProcessConventions.VAR_INITIATOR_UNIT_CODE, assignment.unitCode());
        });
        identityService.setAuthenticatedUserId(me.getUsername());
        try {
            ProcessInstance instance = runtimeService.startProcessInstanceById(definition.getId(), businessKey, variables);
            return new StartedCase(instance.getId(), businessKey, title);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Map<String, String> titleValues(ProcessDefinition definition, Optional<FormSchema> form,
                                            Map<String, Object> submitted, StaffPrincipal me) {
        Map<String, String> values = new HashMap<>();
        form.ifPresent(schema -> {
            for (FormComponent field : schema.fields()) {
                Object value = submitted.get(field.key());
                if (value != null) {
                    values.put(field.key(), forms.display(field, value));
                }
            }
        });
        values.put(ProcessConventions.VAR_INITIATOR_NAME, me.displayName());
        values.put("processName", nameOf(definition));
        return values;
    }

    private ProcessDefinition startableDefinition(String processKey, StaffPrincipal me) {
        if (processKey == null || !KEY.matcher(processKey).matches()) {
            throw BusinessException.invalid("inbox.error.malformed-process-key");
        }
        ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (definition == null) {
            throw BusinessException.notFound("inbox.error.process-not-found", processKey);
        }
        if (definition.isSuspended()) {
            throw BusinessException.conflict("inbox.error.process-suspended", nameOf(definition));
        }
        if (!mayStart(definition, me)) {
            auditTrail.denied("process.start", "process:" + processKey, "not a candidate starter");
            throw BusinessException.forbidden("inbox.error.start-forbidden", nameOf(definition));
        }
        return definition;
    }

    private boolean mayStart(ProcessDefinition definition, StaffPrincipal me) {
        List<IdentityLink> starters = repositoryService.getIdentityLinksForProcessDefinition(definition.getId());
        Set<String> groups = me.groups();
        return starters.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .anyMatch(link -> me.getUsername().equals(link.getUserId())
                        || (link.getGroupId() != null && groups.contains(link.getGroupId())));
    }

    private static String nameOf(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }

    // --- 我发起的 ---

    @Override
    @Transactional(readOnly = true)
    public List<CaseSummary> startedByMe(String text, int offset, int limit) {
        OffsetPageRequest.of(offset, limit);
        List<HistoricProcessInstance> instances = startedQuery(text).orderByProcessInstanceStartTime().desc()
                .orderByProcessInstanceId().asc().listPage(offset, limit);
        if (instances.isEmpty()) {
            return List.of();
        }
        Set<String> ids = instances.stream().map(HistoricProcessInstance::getId).collect(Collectors.toSet());
        Map<String, String> titles = caseTitles.of(ids);
        String separator = messages.get("common.list-separator");
        Map<String, String> openSteps = taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
                .list().stream()
                .collect(Collectors.groupingBy(Task::getProcessInstanceId,
                        Collectors.mapping(Task::getName, Collectors.joining(separator))));
        return instances.stream().map(instance -> new CaseSummary(instance.getId(), instance.getBusinessKey(),
                titles.get(instance.getId()), histories.processName(instance),
                EngineTime.toLocal(instance.getStartTime(), clock), EngineTime.toLocal(instance.getEndTime(), clock),
                CaseHistories.stateOf(instance), openSteps.getOrDefault(instance.getId(), ""))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countStartedByMe(String text) {
        return startedQuery(text).count();
    }

    private HistoricProcessInstanceQuery startedQuery(String text) {
        HistoricProcessInstanceQuery query = historyService.createHistoricProcessInstanceQuery()
                .startedBy(currentStaff.require().getUsername());
        String search = EngineTaskInbox.searchText(text);
        if (search != null) {
            String like = "%" + search + "%";
            query.or().processInstanceBusinessKeyLike(like)
                    .variableValueLike(ProcessConventions.VAR_CASE_TITLE, like).endOr();
        }
        return query;
    }

    // --- history ---

    @Override
    public CaseHistory history(String processInstanceId) {
        HistoricProcessInstance instance = viewable(processInstanceId);
        auditTrail.allowed("case.read", "case:" + processInstanceId, "history");
        return histories.build(instance, Messages.currentLocale());
    }

    @Override
    @Transactional(readOnly = true)
    public String diagram(String processInstanceId) {
        HistoricProcessInstance instance = viewable(processInstanceId);
        java.util.Set<String> open = new java.util.HashSet<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).list()
                .forEach(activity -> (activity.getEndTime() == null ? open : done).add(activity.getActivityId()));
        return ProcessDiagramSvg.render(repositoryService.getBpmnModelInstance(instance.getProcessDefinitionId()),
                open, done);
    }

    /** The case, when the caller may see it; refused (and audited) otherwise. */
    private HistoricProcessInstance viewable(String processInstanceId) {
        if (processInstanceId == null || !ID.matcher(processInstanceId).matches()) {
            throw BusinessException.invalid("inbox.error.malformed-case-id");
        }
        StaffPrincipal me = currentStaff.require();
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance == null) {
            throw BusinessException.notFound("inbox.error.case-not-found");
        }
        if (!access.canView(instance, me)) {
            auditTrail.denied("case.read", "case:" + processInstanceId, "outside data scope");
            throw BusinessException.forbidden("inbox.error.case-forbidden");
        }
        return instance;
    }
}
