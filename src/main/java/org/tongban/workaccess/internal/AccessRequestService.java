package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.OffsetPageRequest;
import org.tongban.base.SequenceNumbers;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemList;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.TaskInbox;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequestDraft;
import org.tongban.workaccess.AccessRequestRow;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.RequestQuery;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.ReviewDecision;
import org.tongban.workaccess.SubmittedRequest;

/**
 * The access-request service: validates every input before anything is written, checks the data scope, and moves
 * the request row and the review process in one transaction.
 */
@Service
@Transactional
class AccessRequestService implements AccessRequests {

    private static final int MAX_TEXT = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final AccessRequestsRepository requests;
    private final RequestFiles files;
    private final RequestRules rules;
    private final NegativeHints hints;
    private final AccessScope scope;
    private final WorkItemList workItems;
    private final SequenceNumbers sequences;
    private final CurrentStaff currentStaff;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final DecisionService decisionService;
    private final TaskInbox inbox;
    private final AuditTrail auditTrail;
    private final WorkAccessSettings settings;
    private final Clock clock;

    AccessRequestService(AccessRequestsRepository requests, RequestFiles files, RequestRules rules, NegativeHints hints,
                         AccessScope scope, WorkItemList workItems, SequenceNumbers sequences, CurrentStaff currentStaff,
                         Directory directory, RuntimeService runtimeService, IdentityService identityService,
                         TaskService taskService, DecisionService decisionService, TaskInbox inbox, AuditTrail auditTrail,
                         WorkAccessSettings settings, Clock clock) {
        this.requests = requests;
        this.files = files;
        this.rules = rules;
        this.hints = hints;
        this.scope = scope;
        this.workItems = workItems;
        this.sequences = sequences;
        this.currentStaff = currentStaff;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.taskService = taskService;
        this.decisionService = decisionService;
        this.inbox = inbox;
        this.auditTrail = auditTrail;
        this.settings = settings;
        this.clock = clock;
    }

    // --- 申请 ---

    @Override
    public SubmittedRequest submit(AccessRequestDraft draft) {
        StaffPrincipal me = currentStaff.require();
        String department = scope.handlerDepartmentOf(me).orElseThrow(() -> {
            auditTrail.denied("workaccess.submit", "request", "not a department handler");
            return BusinessException.forbidden("workaccess.error.not-handler");
        });
        RequestContent content = rules.validate(draft);
        LocalDateTime now = LocalDateTime.now(clock);
        String day = now.toLocalDate().format(DAY);
        String number = String.format("ZRSQ-%s-%s-%04d", settings.countyCode(), day,
                sequences.next("wa-request:" + settings.countyCode() + ":" + day));
        String departmentName = directory.findUnit(department).map(OrgUnitSummary::name).orElse(department);
        AccessRequest request = new AccessRequest(number, department, departmentName);
        List<String> negative = hints.scan(content.title(), content.content());
        request.submit(content, me.getUsername(), now, negative);
        requests.saveAndFlush(request);
        storeFiles(request, content, me.getUsername(), now);
        Map<String, Object> variables = checkVariables(request, content);
        variables.put(WorkAccessProcess.VAR_REQUEST_ID, request.id());
        variables.put(WorkAccessProcess.VAR_REVIEW_GROUP, scope.reviewGroup());
        variables.put(WorkAccessProcess.VAR_COUNTY_APPROVER_GROUP, scope.countyApproverGroup());
        variables.put(WorkAccessProcess.VAR_SUBMITTER_GROUP, AccessScope.handlerGroup(department));
        variables.put(org.tongban.inbox.ProcessConventions.VAR_CASE_TITLE, content.title() + " · " + departmentName);
        variables.put(org.tongban.inbox.ProcessConventions.VAR_INITIATOR, me.getUsername());
        // The starter is recorded, so the department sees its own request's history and diagram.
        identityService.setAuthenticatedUserId(me.getUsername());
        try {
            request.startedAs(runtimeService.startProcessInstanceByKey(WorkAccessProcess.REVIEW_KEY, number, variables)
                    .getId());
        } finally {
            identityService.clearAuthentication();
        }
        auditTrail.allowed("workaccess.submit", "request:" + number, request.status().name());
        return new SubmittedRequest(request.id(), number, request.status(), request.checkRuleText(),
                request.decisionNumber());
    }

    @Override
    public void resubmit(String taskId, AccessRequestDraft draft) {
        Step step = step(taskId, WorkAccessProcess.TASK_REVISE);
        RequestContent content = rules.validate(draft);
        LocalDateTime now = LocalDateTime.now(clock);
        step.request().submit(content, step.actor(), now, hints.scan(content.title(), content.content()));
        storeFiles(step.request(), content, step.actor(), now);
        Map<String, Object> variables = checkVariables(step.request(), content);
        variables.put(WorkAccessProcess.VAR_REVISE_OUTCOME, WorkAccessProcess.RESUBMIT);
        inbox.completeStep(taskId, variables, "重新提交", null);
    }

    @Override
    public void withdraw(String taskId, String reason) {
        Step step = step(taskId, WorkAccessProcess.TASK_REVISE);
        String why = text(reason);
        step.request().withdraw(LocalDateTime.now(clock), why);
        inbox.completeStep(taskId, Map.of(WorkAccessProcess.VAR_REVISE_OUTCOME, WorkAccessProcess.WITHDRAW), "撤回",
                why);
    }

    // --- 审查与审定 ---

    @Override
    public void review(String taskId, ReviewDecision decision, String itemCode, String text) {
        Step step = step(taskId, WorkAccessProcess.TASK_REVIEW);
        if (decision == null) {
            throw BusinessException.invalid("workaccess.error.review-decision");
        }
        AccessRequest request = step.request();
        String opinion = text(text);
        String outcome;
        String label;
        switch (decision) {
            case CLASSIFY_LISTED -> {
                WorkItem item = workItems.find(itemCode == null ? "" : itemCode.strip().toUpperCase(Locale.ROOT),
                        LocalDate.now(clock)).orElseThrow(
                        () -> BusinessException.invalid("workaccess.error.work-item-unknown", String.valueOf(itemCode)));
                Map<String, Object> result = decisionService.evaluateDecisionByKey(WorkAccessProcess.DECISION_KEY)
                        .variables(Variables.createVariables().putValue("itemKind", item.kind().name())
                                .putValue("fundingProvided", request.fundingProvided())
                                .putValue("negativeHint", false))
                        .evaluate().getSingleResult().getEntryMap();
                String basis = "民政审查归入清单事项 " + item.code() + "「" + item.nameZh() + "」（" + result.get("rule")
                        + "）：" + result.get("ruleText");
                request.reviewed(step.actor(), opinion, item.code(), RequestStatus.IN_REVIEW);
                if (WorkAccessProcess.ADMITTED.equals(result.get("outcome"))) {
                    request.settleBasis(basis);
                    outcome = WorkAccessProcess.ADMIT;
                    label = "归入清单 · 准入";
                } else {
                    request.settleRefusal(basis + (item.kind() == WorkItemKind.NEGATIVE
                            ? "。依据：" + item.legalBasis() : ""));
                    outcome = WorkAccessProcess.REFUSE;
                    label = "归入清单 · 不予准入";
                }
            }
            case SUPPORT -> {
                request.reviewed(step.actor(), opinion, null, RequestStatus.COUNTY_APPROVAL);
                outcome = WorkAccessProcess.SUPPORT;
                label = "支持，报县级审定";
            }
            case REFUSE -> {
                requireText(opinion, "workaccess.error.refuse-reason");
                request.reviewed(step.actor(), opinion, null, RequestStatus.IN_REVIEW);
                request.settleRefusal("民政审查不予准入：" + opinion);
                outcome = WorkAccessProcess.REFUSE;
                label = "不予准入";
            }
            case RETURN -> {
                requireText(opinion, "workaccess.error.return-reason");
                request.reviewed(step.actor(), opinion, null, RequestStatus.RETURNED);
                outcome = WorkAccessProcess.RETURN;
                label = "退回修改";
            }
            case PURCHASE -> {
                requireText(opinion, "workaccess.error.purchase-note");
                request.reviewed(step.actor(), opinion, null, RequestStatus.IN_REVIEW);
                request.proposePurchase(LocalDateTime.now(clock), opinion);
                outcome = WorkAccessProcess.PURCHASE;
                label = "建议改为政府购买服务";
            }
            default -> throw new IllegalStateException(decision.name());
        }
        inbox.completeStep(taskId, Map.of(WorkAccessProcess.VAR_REVIEW_OUTCOME, outcome), label, opinion);
    }

    @Override
    public void approveByCounty(String taskId, boolean approve, String opinion) {
        Step step = step(taskId, WorkAccessProcess.TASK_COUNTY_APPROVAL);
        String text = text(opinion);
        if (!approve) {
            requireText(text, "workaccess.error.county-reason");
        }
        step.request().countyDecided(step.actor(), text);
        if (approve) {
            step.request().settleBasis("经县级党委和政府统一部署批准" + (text == null ? "" : "：" + text));
        } else {
            step.request().settleRefusal("县级审定不予批准：" + text);
        }
        inbox.completeStep(taskId, Map.of(WorkAccessProcess.VAR_REVIEW_OUTCOME,
                approve ? WorkAccessProcess.ADMIT : WorkAccessProcess.REFUSE), approve ? "批准" : "不予批准", text);
    }

    @Override
    public void revoke(long id, String reason) {
        StaffPrincipal me = currentStaff.require();
        AccessRequest request = requests.lockById(id)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        if (!scope.reviews(me)) {
            auditTrail.denied("workaccess.revoke", "request:" + request.requestNumber(), "not a civil-affairs reviewer");
            throw BusinessException.forbidden("workaccess.error.revoke-forbidden");
        }
        String why = text(reason);
        requireText(why, "workaccess.error.revoke-reason");
        request.revoke(me.getUsername(), LocalDateTime.now(clock), why);
        auditTrail.allowed("workaccess.revoke", "decision:" + request.decisionNumber(), why);
    }

    // --- 查询 ---

    @Override
    @Transactional(readOnly = true)
    public AccessRequestDetail detail(long id) {
        StaffPrincipal me = currentStaff.require();
        AccessRequest request = visible(id, me, "workaccess.detail");
        LocalDate today = LocalDate.now(clock);
        WorkItem item = request.workItemCode() == null ? null : workItems.history(request.workItemCode()).stream()
                .filter(revision -> revision.revision() == request.workItemRevision()).findFirst().orElse(null);
        List<WorkItem> negative = request.negativeHints().stream()
                .map(code -> workItems.find(code, today).orElse(null)).filter(java.util.Objects::nonNull).toList();
        Map<String, String> names = new HashMap<>();
        for (String code : request.targetCodes()) {
            names.put(code, directory.findUnit(code).map(OrgUnitSummary::name).orElse(code));
        }
        List<AccessRequestDetail.Community> communities = scope.communities(request.scope(), request.targetCodes())
                .stream().map(unit -> new AccessRequestDetail.Community(unit.code(), unit.name())).toList();
        Task open = openTaskFor(request, me);
        boolean admitted = request.status() == RequestStatus.ADMITTED;
        boolean expired = admitted && request.expiredOn(today);
        boolean handler = scope.handlerDepartmentOf(me).map(request.departmentCode()::equals).orElse(false);
        return new AccessRequestDetail(request.id(), request.requestNumber(), request.departmentCode(),
                request.departmentName(), request.submittedBy(), request.submittedAt(), request.title(),
                request.content(), request.legalBasis(), item, request.listKind(), request.scope(),
                request.targetCodes().stream().map(names::get).toList(), communities, request.startOn(),
                request.endOn(), request.hoursPerCommunity(), request.fundingProvided(), request.fundingAmount(),
                request.fundingSource(), request.transferMethod(), request.workingConditions(),
                request.existingDataUsable(), request.dataSharingNote(), request.contactName(),
                request.contactPhone(), request.urgent(), request.urgentReason(), negative, request.status(),
                request.checkRule(), request.checkRuleText(), request.reviewDueOn(), request.confirmedItemCode(),
                request.reviewOpinion(), request.countyOpinion(), request.decisionNumber(), request.decidedAt(),
                request.decisionBasis(), request.refusalReason(), request.purchaseNote(), request.revokedAt(),
                request.revokeReason(), expired,
                files.findByRequestIdOrderById(request.id()).stream().map(file -> new AccessRequestDetail.FileEntry(
                        file.id(), file.fileName(), file.contentType(), file.sizeBytes())).toList(),
                request.processInstanceId(), open == null ? null : open.getId(),
                open == null ? null : open.getTaskDefinitionKey(), admitted && !expired && handler,
                admitted && scope.reviews(me));
    }

    @Override
    @Transactional(readOnly = true)
    public long requestOfTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        AccessRequest request = requests.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        return visible(request.id(), currentStaff.require(), "workaccess.step").id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessRequestRow> list(RequestQuery query, int offset, int limit) {
        StaffPrincipal me = currentStaff.require();
        Specification<AccessRequest> where = where(query, me);
        if (where == null) {
            return List.of();
        }
        return requests.findAll(where, new OffsetPageRequest(offset, limit, Sort.by(Sort.Direction.DESC, "id")))
                .stream().map(request -> new AccessRequestRow(request.id(), request.requestNumber(), request.title(),
                        request.departmentName(), request.submittedAt(), request.status(), request.decisionNumber(),
                        request.startOn(), request.endOn(), request.reviewDueOn())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(RequestQuery query) {
        Specification<AccessRequest> where = where(query, currentStaff.require());
        return where == null ? 0 : requests.count(where);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(long requestId, long fileId) {
        visible(requestId, currentStaff.require(), "workaccess.file");
        RequestFile file = files.findById(fileId).filter(found -> found.requestId().equals(requestId))
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.file-not-found"));
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workItems() {
        return workItems.inForce(LocalDate.now(clock));
    }

    // --- helpers ---

    /** The list restricted to the viewer's scope; null when the viewer may see no request at all. */
    private Specification<AccessRequest> where(RequestQuery query, StaffPrincipal me) {
        RequestQuery filter = query == null ? RequestQuery.all() : query;
        List<Specification<AccessRequest>> parts = new ArrayList<>();
        if (!scope.seesAll(me)) {
            List<String> departments = scope.departmentsOf(me);
            if (departments.isEmpty()) {
                return null;
            }
            parts.add((root, q, cb) -> root.get("departmentCode").in(departments));
        }
        if (filter.departmentCode() != null && !filter.departmentCode().isBlank()) {
            parts.add((root, q, cb) -> cb.equal(root.get("departmentCode"), filter.departmentCode()));
        }
        if (filter.status() != null) {
            parts.add((root, q, cb) -> cb.equal(root.get("status"), filter.status()));
        }
        String text = RequestRules.trimToNull(filter.text());
        if (text != null) {
            String like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parts.add((root, q, cb) -> cb.or(cb.like(root.get("requestNumber"), like, '\\'),
                    cb.like(root.get("title"), like, '\\'), cb.like(root.get("decisionNumber"), like, '\\')));
        }
        return Specification.allOf(parts);
    }

    private AccessRequest visible(long id, StaffPrincipal me, String action) {
        AccessRequest request = requests.findById(id)
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        if (!scope.sees(me, request)) {
            auditTrail.denied(action, "request:" + request.requestNumber(), "outside data scope");
            throw BusinessException.forbidden("workaccess.error.request-forbidden");
        }
        return request;
    }

    /** The request's open step the viewer may act on: offered to one of their groups, or assigned to them. */
    private Task openTaskFor(AccessRequest request, StaffPrincipal me) {
        if (request.processInstanceId() == null || request.status().decided()) {
            return null;
        }
        Set<String> groups = me.groups();
        for (Task task : taskService.createTaskQuery().processInstanceId(request.processInstanceId()).active().list()) {
            if (me.getUsername().equals(task.getAssignee())) {
                return task;
            }
            if (task.getAssignee() == null) {
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && groups.contains(link.getGroupId())
                            && !"Task_Supervise".equals(task.getTaskDefinitionKey())) {
                        return task;
                    }
                }
            }
        }
        return null;
    }

    private Map<String, Object> checkVariables(AccessRequest request, RequestContent content) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(WorkAccessProcess.VAR_ITEM_KIND, AccessRequest.kindOf(content));
        variables.put(WorkAccessProcess.VAR_FUNDING_PROVIDED, content.fundingProvided());
        variables.put(WorkAccessProcess.VAR_NEGATIVE_HINT, !request.negativeHints().isEmpty());
        return variables;
    }

    private void storeFiles(AccessRequest request, RequestContent content, String by, LocalDateTime at) {
        content.files().forEach(file -> files.save(new RequestFile(request.id(), file, by, at)));
    }

    /** The open task of the expected step with its request, locked; the inbox checks who may complete it. */
    private Step step(String taskId, String expectedStep) {
        StaffPrincipal me = currentStaff.require();
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        if (!expectedStep.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("workaccess.error.wrong-step");
        }
        AccessRequest request = requests.findByProcessInstanceId(task.getProcessInstanceId())
                .flatMap(found -> requests.lockById(found.id()))
                .orElseThrow(() -> BusinessException.notFound("workaccess.error.request-not-found"));
        if (!scope.sees(me, request)) {
            auditTrail.denied("workaccess.step", "request:" + request.requestNumber(), "outside data scope");
            throw BusinessException.forbidden("workaccess.error.request-forbidden");
        }
        return new Step(request, me.getUsername());
    }

    private static String text(String value) {
        String text = RequestRules.trimToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessException.invalid("workaccess.error.text-too-long", MAX_TEXT);
        }
        return text;
    }

    private static void requireText(String text, String messageKey) {
        if (text == null) {
            throw BusinessException.invalid(messageKey);
        }
    }

    private record Step(AccessRequest request, String actor) {
    }
}
