package org.tongban.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.OffsetPageRequest;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.certificate.CertificateApplication;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.DeliveryMethod;
import org.tongban.certificate.FactCheck;
import org.tongban.certificate.OpenStep;
import org.tongban.certificate.RequestChannel;
import org.tongban.certificate.RequestDetail;
import org.tongban.certificate.RequestQuery;
import org.tongban.certificate.RequestRow;
import org.tongban.certificate.SubmittedRequest;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.ProcessConventions;
import org.tongban.inbox.TaskDetail;
import org.tongban.inbox.TaskInbox;
import org.tongban.seal.SealRegister;

/**
 * The staff's side of certificate issuance: validates every input before anything is written, checks the data scope,
 * and moves the request, the certificate and the process in one transaction.
 */
@Service
@Transactional
class CertificateRequestService implements CertificateRequests {

    static final int FINDINGS_MAX = 500;
    static final int COMMENT_MAX = 500;

    private final RequestReception reception;
    private final CertificateRequestsRepository requests;
    private final EvidenceFiles files;
    private final IssuedCertificates certificates;
    private final RequestDetails details;
    private final RequestScope scope;
    private final RefusalNotices notices;
    private final CertificateIssuer issuer;
    private final SealRegister seals;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final TaskInbox inbox;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final AuditTrail audit;
    private final Clock clock;

    CertificateRequestService(RequestReception reception, CertificateRequestsRepository requests, EvidenceFiles files,
                              IssuedCertificates certificates, RequestDetails details, RequestScope scope,
                              RefusalNotices notices, CertificateIssuer issuer, SealRegister seals, Directory directory,
                              CurrentStaff currentStaff, TaskInbox inbox, TaskService taskService,
                              RuntimeService runtimeService, IdentityService identityService, AuditTrail audit,
                              Clock clock) {
        this.reception = reception;
        this.requests = requests;
        this.files = files;
        this.certificates = certificates;
        this.details = details;
        this.scope = scope;
        this.notices = notices;
        this.issuer = issuer;
        this.seals = seals;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.inbox = inbox;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.audit = audit;
        this.clock = clock;
    }

    // --- 窗口登记 ---

    @Override
    public SubmittedRequest submit(CertificateApplication application) {
        StaffPrincipal me = currentStaff.require();
        if (application == null) {
            throw BusinessException.invalid("certificate.error.application-required");
        }
        OrgUnitSummary community = reception.community(application.communityCode());
        if (!scope.hasRole(me, community.code(), Roles.FRONT_DESK)) {
            audit.denied("certificate.request", "unit:" + community.code(), "not front desk of the community");
            throw BusinessException.forbidden("certificate.error.not-front-desk", community.name());
        }
        return reception.receive(application, community, RequestChannel.COUNTER, me.getUsername());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> counterCommunities() {
        StaffPrincipal me = currentStaff.require();
        Map<String, String> communities = new LinkedHashMap<>();
        directory.units(OrgUnitKind.COMMUNITY).stream().filter(OrgUnitSummary::active)
                .filter(unit -> scope.hasRole(me, unit.code(), Roles.FRONT_DESK))
                .forEach(unit -> communities.put(unit.code(), unit.name()));
        return communities;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sealCovers(String communityCode, String certificateCode) {
        currentStaff.require();
        return communityCode != null && certificateCode != null
                && seals.covers(communityCode, SealRegister.certificateUse(certificateCode));
    }

    // --- 核实, 审批, 送达 ---

    @Override
    public void factCheck(String taskId, FactCheck check) {
        Step step = step(taskId, CertificateProcess.TASK_FACT_CHECK);
        if (check == null) {
            throw BusinessException.invalid("certificate.error.fact-check-required");
        }
        String findings = RequestReception.text(check.findings(), FINDINGS_MAX, "findings");
        if (findings == null) {
            throw BusinessException.invalid(check.confirmed() ? "certificate.error.findings-required"
                    : "certificate.error.not-confirmed-reason");
        }
        if (check.confirmed() && step.request().homeVisitRequired() && !check.homeVisited()) {
            throw BusinessException.invalid("certificate.error.home-visit-required");
        }
        step.request().factChecked(check.confirmed(), check.homeVisited(), findings, step.actor(), now());
        complete(taskId, Map.of(CertificateProcess.VAR_FACT_CHECK_PASSED, check.confirmed()),
                check.confirmed() ? "核实属实" : "核实不属实", findings);
    }

    @Override
    public void approve(String taskId, boolean approve, String comment) {
        Step step = step(taskId, CertificateProcess.TASK_APPROVE);
        String text = RequestReception.text(comment, COMMENT_MAX, "comment");
        CertificateRequest request = step.request();
        if (!approve && text == null) {
            throw BusinessException.invalid("certificate.error.reject-reason");
        }
        if (approve) {
            // Refused here with the reason rather than deep in the issuing step.
            issuer.typeInForce(request, LocalDate.now(clock));
        }
        if (approve && !seals.covers(request.communityCode(), SealRegister.certificateUse(request.certificateCode()))) {
            throw BusinessException.forbidden("certificate.error.seal-not-covering", request.communityName(),
                    request.certificateName());
        }
        request.approved(approve, text, step.actor(), now());
        complete(taskId, Map.of(CertificateProcess.VAR_APPROVED, approve), approve ? "批准出具" : "不予批准", text);
    }

    @Override
    public void deliver(String taskId, DeliveryMethod method) {
        Step step = step(taskId, CertificateProcess.TASK_DELIVER);
        if (method == null) {
            throw BusinessException.invalid("certificate.error.delivery-method");
        }
        IssuedCertificate certificate = certificates.factsByRequestId(step.request().id())
                .flatMap(found -> certificates.lockById(found.id()))
                .orElseThrow(() -> BusinessException.conflict("certificate.error.wrong-status"));
        certificate.deliver(method, step.actor(), now());
        step.request().delivered();
        complete(taskId, Map.of(), method == DeliveryMethod.PICKUP ? "窗口领取" : "网上送达", null);
    }

    // --- 撤销 ---

    @Override
    public void requestRevocation(long requestId, String reason) {
        StaffPrincipal me = currentStaff.require();
        CertificateRequest request = requests.lockById(requestId)
                .orElseThrow(() -> BusinessException.notFound("certificate.error.request-not-found"));
        if (!issuingStaff(request)) {
            audit.denied("certificate.revoke.request", "certificate-request:" + request.requestNumber(),
                    "not staff of the issuing community");
            throw BusinessException.forbidden(scope.mayRead(me, request.communityCode(), request.subdistrictCode())
                    ? "certificate.error.revoke-forbidden" : "certificate.error.request-forbidden");
        }
        CertificateFacts certificate = certificates.factsByRequestId(request.id())
                .orElseThrow(() -> BusinessException.conflict("certificate.error.not-issued"));
        if (certificate.revokedAt() != null) {
            throw BusinessException.conflict("certificate.error.already-revoked");
        }
        if (revocationPending(certificate.number())) {
            throw BusinessException.conflict("certificate.error.revocation-pending");
        }
        String why = RequestReception.text(reason, COMMENT_MAX, "revocation-reason");
        if (why == null) {
            throw BusinessException.invalid("certificate.error.revocation-reason-required");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(CertificateProcess.VAR_CERTIFICATE_ID, certificate.id());
        variables.put(CertificateProcess.VAR_REQUEST_ID, request.id());
        variables.put(CertificateProcess.VAR_REVOCATION_REASON, why);
        variables.put(CertificateProcess.VAR_SIGNER_GROUP,
                CandidateGroups.unitRole(OrgUnitKind.COMMUNITY, request.communityCode(), Roles.DIRECTOR));
        variables.put(ProcessConventions.VAR_CASE_TITLE, "撤销 " + certificate.number() + " · "
                + request.certificateName());
        variables.put(ProcessConventions.VAR_INITIATOR, me.getUsername());
        identityService.setAuthenticatedUserId(me.getUsername());
        try {
            runtimeService.startProcessInstanceByKey(CertificateProcess.REVOCATION_KEY, certificate.number(), variables);
        } finally {
            identityService.clearAuthentication();
        }
        audit.allowed("certificate.revoke.request", "certificate:" + certificate.number(), why);
    }

    @Override
    public void confirmRevocation(String taskId, boolean revoke, String comment) {
        StaffPrincipal me = currentStaff.require();
        Task task = openTask(taskId);
        if (!CertificateProcess.TASK_CONFIRM_REVOCATION.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("certificate.error.wrong-step");
        }
        CertificateRequest request = requestOf(task);
        requireReadable(me, request, "certificate.revoke.confirm");
        String text = RequestReception.text(comment, COMMENT_MAX, "comment");
        if (!revoke && text == null) {
            throw BusinessException.invalid("certificate.error.keep-reason");
        }
        complete(taskId, Map.of(CertificateProcess.VAR_REVOCATION_CONFIRMED, revoke,
                CertificateProcess.VAR_REVOKED_BY, me.getUsername()), revoke ? "确认撤销" : "不予撤销", text);
    }

    private boolean revocationPending(String certificateNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(CertificateProcess.REVOCATION_KEY)
                .processInstanceBusinessKey(certificateNumber).count() > 0;
    }

    // --- reading ---

    @Override
    public RequestDetail open(long requestId) {
        CertificateRequest request = readable(requestId, "certificate.request.read");
        audit.allowed("certificate.request.read", "certificate-request:" + request.requestNumber(), "masked");
        return details.assemble(request, false, issuingStaff(request));
    }

    @Override
    public RequestDetail openUnmasked(long requestId) {
        CertificateRequest request = readable(requestId, "certificate.personal-data.read");
        audit.allowed("certificate.personal-data.read", "certificate-request:" + request.requestNumber(), "unmasked");
        return details.assemble(request, true, issuingStaff(request));
    }

    @Override
    @Transactional(readOnly = true)
    public long requestOfTask(String taskId) {
        StaffPrincipal me = currentStaff.require();
        CertificateRequest request = requestOf(openTask(taskId));
        requireReadable(me, request, "certificate.request.read");
        return request.id();
    }

    @Override
    public byte[] certificatePdf(long requestId) {
        CertificateRequest request = readable(requestId, "certificate.pdf.read");
        byte[] pdf = certificates.pdfByRequestId(request.id())
                .orElseThrow(() -> BusinessException.notFound("certificate.error.not-issued"));
        audit.allowed("certificate.pdf.read", "certificate:" + request.certificateNumber(), null);
        return pdf;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] noticePdf(long requestId) {
        return notices.print(readable(requestId, "certificate.notice.read"));
    }

    @Override
    public byte[] evidence(long requestId, long fileId) {
        CertificateRequest request = readable(requestId, "certificate.file.read");
        EvidenceFile file = files.findById(fileId).filter(found -> found.requestId().equals(request.id()))
                .orElseThrow(() -> BusinessException.notFound("certificate.error.file-not-found"));
        audit.allowed("certificate.file.read", "certificate-request:" + request.requestNumber(), file.fileName());
        return file.content();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OpenStep> myOpenStep(long requestId) {
        StaffPrincipal me = currentStaff.require();
        CertificateRequest request = readable(requestId, "certificate.request.read");
        if (me.groups().isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = request.certificateNumber() == null ? List.of(request.requestNumber())
                : List.of(request.requestNumber(), request.certificateNumber());
        return keys.stream().flatMap(key -> taskService.createTaskQuery().processInstanceBusinessKey(key)
                        .or().taskAssignee(me.getUsername()).taskCandidateGroupIn(List.copyOf(me.groups())).endOr()
                        .initializeFormKeys().orderByTaskCreateTime().asc().list().stream())
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(me.getUsername()))
                .filter(task -> task.getFormKey() != null && task.getFormKey().startsWith(TaskDetail.PAGE_FORM_KEY_PREFIX))
                .map(task -> new OpenStep(task.getId(), task.getTaskDefinitionKey())).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RequestRow> search(RequestQuery query, int offset, int limit) {
        StaffPrincipal me = currentStaff.require();
        Sort newestFirst = Sort.by(Sort.Direction.DESC, "receivedAt", "id");
        List<CertificateRequest> found = requests.findAll(specification(me, query),
                new OffsetPageRequest(offset, limit, newestFirst)).getContent();
        Map<Long, CertificateFacts> issued = found.stream().anyMatch(request -> request.certificateNumber() != null)
                ? certificates.factsByRequestIds(found.stream().map(CertificateRequest::id).toList()).stream()
                        .collect(Collectors.toMap(CertificateFacts::requestId, Function.identity()))
                : Map.of();
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(request -> row(request, issued.get(request.id()), today)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(RequestQuery query) {
        return requests.count(specification(currentStaff.require(), query));
    }

    private org.springframework.data.jpa.domain.Specification<CertificateRequest> specification(StaffPrincipal me,
                                                                                           RequestQuery query) {
        return scope.visible(me).<CertificateRequest>specification()
                .and(RequestSearch.of(query == null ? RequestQuery.all() : query));
    }

    private static RequestRow row(CertificateRequest request, CertificateFacts certificate, LocalDate today) {
        return new RequestRow(request.id(), request.requestNumber(), request.receivedAt(), request.channel(),
                request.communityName(), request.certificateCode(), request.certificateName(),
                ResidentIdentifiers.maskName(request.applicantName()),
                ResidentIdentifiers.maskIdNumber(request.applicantIdNumber()), request.demandedBy(),
                request.checkOutcome(), request.status(), request.dueOn(), request.certificateNumber(),
                certificate == null ? null : certificate.issuedOn(),
                certificate == null ? null : certificate.validityOn(today));
    }

    // --- helpers ---

    /** The front desk or the director of the community that issues the certificate. */
    private boolean issuingStaff(CertificateRequest request) {
        StaffPrincipal me = currentStaff.require();
        return scope.hasRole(me, request.communityCode(), Roles.FRONT_DESK)
                || scope.hasRole(me, request.communityCode(), Roles.DIRECTOR);
    }

    private CertificateRequest readable(long requestId, String action) {
        StaffPrincipal me = currentStaff.require();
        CertificateRequest request = requests.findById(requestId)
                .orElseThrow(() -> BusinessException.notFound("certificate.error.request-not-found"));
        requireReadable(me, request, action);
        return request;
    }

    private void requireReadable(StaffPrincipal me, CertificateRequest request, String action) {
        if (!scope.mayRead(me, request.communityCode(), request.subdistrictCode())) {
            audit.denied(action, "certificate-request:" + request.requestNumber(), "outside data scope");
            throw BusinessException.forbidden("certificate.error.request-forbidden");
        }
    }

    /** The open task of the expected step, with its request locked; the inbox checks who may complete it. */
    private Step step(String taskId, String expectedStep) {
        StaffPrincipal me = currentStaff.require();
        Task task = openTask(taskId);
        if (!expectedStep.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("certificate.error.wrong-step");
        }
        CertificateRequest request = requests.lockById(requestOf(task).id()).orElseThrow();
        requireReadable(me, request, "certificate.step");
        return new Step(request, me.getUsername());
    }

    private Task openTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        return task;
    }

    /** The request of an issuance task, or of a revocation task (through its certificate). */
    private CertificateRequest requestOf(Task task) {
        Object requestId = taskService.getVariable(task.getId(), CertificateProcess.VAR_REQUEST_ID);
        if (requestId instanceof Number id) {
            return requests.findById(id.longValue())
                    .orElseThrow(() -> BusinessException.notFound("certificate.error.request-not-found"));
        }
        throw BusinessException.notFound("certificate.error.request-not-found");
    }

    /** Completes a step; a refusal raised inside the process (the seal register's) reaches the user as itself. */
    private void complete(String taskId, Map<String, Object> variables, String outcome, String opinion) {
        try {
            inbox.completeStep(taskId, variables, outcome, opinion);
        } catch (ProcessEngineException failure) {
            throw BusinessException.unwrap(failure);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Step(CertificateRequest request, String actor) {
    }
}
