package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.SequenceNumbers;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.ProcessConventions;
import org.tongban.inbox.TaskInbox;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.CommunityWork;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.DispatchOrder;
import org.tongban.workaccess.DispatchReceipt;
import org.tongban.workaccess.DispatchRefusal;
import org.tongban.workaccess.DispatchRefused;
import org.tongban.workaccess.RequestStatus;

/**
 * The dispatch gate and the community side of dispatched work. The gate decides from the decision row alone (status,
 * dates, owner, scope), so the screen, the REST API and the engine plugin get the same answer; a refusal is recorded
 * in its own transaction and nothing else is written.
 */
@Service
@Transactional
class DispatchService implements DispatchGate, CommunityWork {

    private static final int MAX_TITLE = 100;
    private static final int MAX_INSTRUCTIONS = 2000;
    private static final int MAX_FEEDBACK = 1000;

    private final AccessRequestsRepository requests;
    private final Dispatches dispatches;
    private final DispatchTargets targets;
    private final DispatchFiles files;
    private final AccessScope scope;
    private final RequestRules rules;
    private final RefusalLog refusalLog;
    private final SequenceNumbers sequences;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final TaskInbox inbox;
    private final AuditTrail auditTrail;
    private final WorkAccessSettings settings;
    private final Clock clock;

    DispatchService(AccessRequestsRepository requests, Dispatches dispatches, DispatchTargets targets,
                    DispatchFiles files, AccessScope scope, RequestRules rules, RefusalLog refusalLog,
                    SequenceNumbers sequences, CurrentStaff currentStaff, Directory directory,
                    RuntimeService runtimeService, TaskService taskService, TaskInbox inbox, AuditTrail auditTrail,
                    WorkAccessSettings settings, Clock clock) {
        this.requests = requests;
        this.dispatches = dispatches;
        this.targets = targets;
        this.files = files;
        this.scope = scope;
        this.rules = rules;
        this.refusalLog = refusalLog;
        this.sequences = sequences;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.inbox = inbox;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    // --- the gate ---

    @Override
    public DispatchReceipt dispatch(DispatchOrder order, DispatchChannel channel) {
        StaffPrincipal me = currentStaff.require();
        if (order == null) {
            throw BusinessException.invalid("error.invalid-request");
        }
        String title = RequestRules.required(order.title(), MAX_TITLE, "dispatch-title");
        String instructions = RequestRules.required(order.instructions(), MAX_INSTRUCTIONS, "instructions");
        LocalDate today = LocalDate.now(clock);
        if (order.dueOn() == null) {
            throw BusinessException.invalid("workaccess.error.due-required");
        }
        if (order.dueOn().isBefore(today)) {
            throw BusinessException.invalid("workaccess.error.due-in-past");
        }
        List<String> communities = new ArrayList<>(new LinkedHashSet<>(order.communityCodes().stream()
                .map(RequestRules::trimToNull).filter(java.util.Objects::nonNull).toList()));
        if (communities.isEmpty()) {
            throw BusinessException.invalid("workaccess.error.no-target");
        }
        List<RequestContent.CheckedFile> checked = rules.files(order.attachments());
        String department = scope.handlerDepartmentOf(me).orElse(null);
        String decisionNumber = RequestRules.trimToNull(order.decisionNumber());
        for (String community : communities) {
            Optional<DispatchRefusal> refusal = department == null ? Optional.of(DispatchRefusal.NOT_OWNER)
                    : check(decisionNumber, department, community, order.dueOn());
            if (refusal.isPresent()) {
                throw refuse(me.getUsername(), department, decisionNumber, channel, title, communities,
                        refusal.get(), community);
            }
        }
        AccessRequest decision = decisionOrRequest(decisionNumber).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        String number = String.format("PD-%s-%s-%04d", settings.countyCode(), today.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                sequences.next("wa-dispatch:" + settings.countyCode() + ":" + today));
        Dispatch dispatch = dispatches.save(new Dispatch(number, decision.id(), department, me.getUsername(), now,
                channel, title, instructions, order.dueOn()));
        checked.forEach(file -> files.save(new DispatchFile(dispatch.id(), file, me.getUsername(), now)));
        String caseTitle = "【派单】" + title + " · " + decision.departmentName();
        for (String community : communities) {
            DispatchTarget target = targets.save(new DispatchTarget(dispatch.id(), community));
            Map<String, Object> variables = new HashMap<>();
            variables.put(WorkAccessProcess.VAR_COMMUNITY, community);
            variables.put(WorkAccessProcess.VAR_DISPATCH_TARGET_ID, target.id());
            variables.put(WorkAccessProcess.VAR_DECISION, decision.decisionNumber());
            variables.put(WorkAccessProcess.VAR_DEPARTMENT, department);
            variables.put(ProcessConventions.VAR_CASE_TITLE, caseTitle);
            variables.put(ProcessConventions.VAR_INITIATOR, me.getUsername());
            target.startedAs(runtimeService.startProcessInstanceByKey(WorkAccessProcess.DISPATCH_KEY,
                    number + "-" + community, variables).getId());
        }
        auditTrail.allowed("workaccess.dispatch", "decision:" + decisionNumber, number + " → " + communities);
        return new DispatchReceipt(dispatch.id(), number, List.copyOf(communities));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<DispatchRefusal> check(String decisionNumber, String departmentCode, String communityCode,
                                           LocalDate dueOn) {
        if (decisionNumber == null || decisionNumber.isBlank()) {
            return Optional.of(DispatchRefusal.NO_DECISION);
        }
        Optional<AccessRequest> found = decisionOrRequest(decisionNumber.strip());
        if (found.isEmpty()) {
            return Optional.of(DispatchRefusal.NO_DECISION);
        }
        AccessRequest decision = found.get();
        if (decision.status() == RequestStatus.REVOKED) {
            return Optional.of(DispatchRefusal.REVOKED);
        }
        if (decision.status() != RequestStatus.ADMITTED) {
            return Optional.of(DispatchRefusal.NOT_ADMITTED);
        }
        if (decision.expiredOn(LocalDate.now(clock))) {
            return Optional.of(DispatchRefusal.EXPIRED);
        }
        if (!decision.departmentCode().equals(departmentCode)) {
            return Optional.of(DispatchRefusal.NOT_OWNER);
        }
        if (!scope.covers(decision, communityCode) || (dueOn != null && dueOn.isAfter(decision.endOn()))) {
            return Optional.of(DispatchRefusal.OUT_OF_SCOPE);
        }
        return Optional.empty();
    }

    /** A decision by its number; a request's own number names it too, so a refused request is refused as such. */
    private Optional<AccessRequest> decisionOrRequest(String number) {
        Optional<AccessRequest> decision = requests.findByDecisionNumber(number);
        return decision.isPresent() ? decision : requests.findByRequestNumber(number);
    }

    /** Records the refused attempt (its own transaction) and returns the exception to throw. */
    DispatchRefused refuse(String by, String department, String decisionNumber, DispatchChannel channel, String title,
                           List<String> communities, DispatchRefusal reason, String community) {
        refusalLog.record(by, department, decisionNumber, channel, title, communities, reason, "社区 " + community);
        auditTrail.denied("workaccess.dispatch", "decision:" + decisionNumber, reason + " " + community);
        String unitName = directory.findUnit(community).map(OrgUnitSummary::name).orElse(community);
        return new DispatchRefused(reason, decisionNumber == null ? "" : decisionNumber, unitName);
    }

    // --- the community side ---

    @Override
    @Transactional(readOnly = true)
    public DispatchedWork open(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = workTask(taskId);
        DispatchTarget target = targets.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.work-not-found"));
        requireCommunity(me, target.communityCode(), "workaccess.work.open");
        Dispatch dispatch = dispatches.findById(target.dispatchId()).orElseThrow();
        AccessRequest decision = requests.findById(dispatch.requestId()).orElseThrow();
        return new DispatchedWork(task.getId(), dispatch.id(), dispatch.dispatchNumber(), decision.decisionNumber(),
                decision.departmentName(), dispatch.title(), dispatch.instructions(), dispatch.dueOn(),
                target.communityCode(), unitName(target.communityCode()), fileEntries(dispatch.id()));
    }

    @Override
    public void complete(String taskId, String feedback) {
        StaffPrincipal me = currentStaff.require();
        Task task = workTask(taskId);
        String text = RequestRules.required(feedback, MAX_FEEDBACK, "feedback");
        DispatchTarget target = targets.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.work-not-found"));
        requireCommunity(me, target.communityCode(), "workaccess.work.complete");
        target.complete(me.getUsername(), LocalDateTime.now(clock), text);
        inbox.completeStep(taskId, Map.of(), "已办结", text);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DispatchSummary> dispatchesOf(long requestId) {
        StaffPrincipal me = currentStaff.require();
        AccessRequest request = requests.findById(requestId)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        if (!scope.sees(me, request)) {
            auditTrail.denied("workaccess.dispatches", "request:" + request.requestNumber(), "outside data scope");
            throw BusinessException.forbidden("workaccess.error.request-forbidden");
        }
        Map<String, String> names = new HashMap<>();
        directory.units(OrgUnitKind.COMMUNITY).forEach(unit -> names.put(unit.code(), unit.name()));
        return dispatches.findByRequestIdOrderById(requestId).stream().map(dispatch -> new DispatchSummary(
                dispatch.id(), dispatch.dispatchNumber(), dispatch.title(), dispatch.dueOn(), dispatch.dispatchedAt(),
                dispatch.dispatchedBy(), targets.findByDispatchIdOrderById(dispatch.id()).stream()
                        .map(target -> new TargetState(target.communityCode(),
                                names.getOrDefault(target.communityCode(), target.communityCode()),
                                target.completedAt(), target.completedBy(), target.feedback())).toList())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AccessRequests.StoredFile file(long dispatchId, long fileId) {
        StaffPrincipal me = currentStaff.require();
        Dispatch dispatch = dispatches.findById(dispatchId)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.file-not-found"));
        boolean department = me.groups().contains(CandidateGroups.unit(OrgUnitKind.DEPARTMENT, dispatch.departmentCode()));
        boolean community = targets.findByDispatchIdOrderById(dispatchId).stream().anyMatch(target ->
                me.groups().contains(CandidateGroups.unit(OrgUnitKind.COMMUNITY, target.communityCode())));
        if (!department && !community && !scope.seesAll(me)) {
            auditTrail.denied("workaccess.dispatch-file", "dispatch:" + dispatch.dispatchNumber(), "outside data scope");
            throw BusinessException.forbidden("workaccess.error.request-forbidden");
        }
        DispatchFile file = files.findById(fileId).filter(found -> found.dispatchId().equals(dispatchId))
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.file-not-found"));
        return new AccessRequests.StoredFile(file.fileName(), file.contentType(), file.content());
    }

    private Task workTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        if (!WorkAccessProcess.TASK_DO_WORK.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("workaccess.error.wrong-step");
        }
        return task;
    }

    private void requireCommunity(StaffPrincipal me, String communityCode, String action) {
        if (!me.groups().contains(CandidateGroups.unit(OrgUnitKind.COMMUNITY, communityCode))) {
            auditTrail.denied(action, "community:" + communityCode, "not a member of the community");
            throw BusinessException.forbidden("workaccess.error.work-forbidden");
        }
    }

    private List<AccessRequestDetail.FileEntry> fileEntries(Long dispatchId) {
        return files.findByDispatchIdOrderById(dispatchId).stream().map(file -> new AccessRequestDetail.FileEntry(
                file.id(), file.fileName(), file.contentType(), file.sizeBytes())).toList();
    }

    private String unitName(String code) {
        return directory.findUnit(code).map(OrgUnitSummary::name).orElse(code);
    }
}
