package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.ResidentIdentifiers;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.catalog.Channel;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.TaskInbox;
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.CaseQuery;
import org.tongban.onewindow.CaseRow;
import org.tongban.onewindow.CaseTask;
import org.tongban.onewindow.DeliveryMethod;
import org.tongban.onewindow.HandlingDecision;
import org.tongban.onewindow.Intake;
import org.tongban.onewindow.Intake.UploadedFile;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.NoticeKind;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.Provision;
import org.tongban.onewindow.RatingLevel;

/**
 * The one-window service: validates every input before anything is written, checks the data scope, and moves the
 * case row and the process in one transaction.
 */
@Service
@Transactional
class OneWindowCaseService implements OneWindowCases {

    private static final int MAX_ITEMS = 30;
    private static final int MAX_TEXT = 500;
    private static final java.util.regex.Pattern TRACKING = java.util.regex.Pattern.compile("[A-Za-z0-9]{8,30}");

    private final ServiceCases cases;
    private final CaseFiles files;
    private final CaseNotices notices;
    private final CaseDetailAssembler assembler;
    private final WorkingDays workingDays;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final TaskInbox inbox;
    private final TaskService taskService;
    private final AuditTrail auditTrail;
    private final NoticePrinter printer;
    private final CaseNoticeTexts noticeTexts;
    private final CaseReception reception;
    private final Clock clock;

    OneWindowCaseService(ServiceCases cases, CaseFiles files, CaseNotices notices, CaseDetailAssembler assembler,
                         WorkingDays workingDays, Directory directory, CurrentStaff currentStaff, TaskInbox inbox,
                         TaskService taskService, AuditTrail auditTrail, NoticePrinter printer,
                         CaseNoticeTexts noticeTexts, CaseReception reception, Clock clock) {
        this.cases = cases;
        this.files = files;
        this.notices = notices;
        this.assembler = assembler;
        this.workingDays = workingDays;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.inbox = inbox;
        this.taskService = taskService;
        this.auditTrail = auditTrail;
        this.printer = printer;
        this.noticeTexts = noticeTexts;
        this.reception = reception;
        this.clock = clock;
    }

    // --- 收件 ---

    @Override
    public IntakeReceipt intake(Intake intake) {
        StaffPrincipal me = currentStaff.require();
        if (intake == null || intake.channel() == Channel.ONLINE) {
            throw BusinessException.invalid("onewindow.error.channel-required");
        }
        OrgUnitSummary unit = reception.acceptingUnit(intake.acceptingUnitCode());
        if (!me.groups().contains(CandidateGroups.unitRole(unit.kind(), unit.code(), Roles.FRONT_DESK))) {
            auditTrail.denied("onewindow.intake", "unit:" + unit.code(), "not front desk of the unit");
            throw BusinessException.forbidden("onewindow.error.not-front-desk", unit.name());
        }
        return reception.receive(intake, unit, me.getUsername());
    }

    // --- 受理审查 ---

    @Override
    public void accept(String taskId, String opinion) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_REVIEW_ACCEPTANCE);
        ServiceCase serviceCase = step.serviceCase();
        List<String> missing = serviceCase.materials().stream()
                .filter(material -> material.mandatory() && material.provision() == Provision.MISSING)
                .map(CaseMaterial::name).toList();
        if (!missing.isEmpty()) {
            throw BusinessException.invalid("onewindow.error.materials-missing", String.join("、", missing));
        }
        LocalDate today = LocalDate.now(clock);
        serviceCase.accept(today, workingDays.plusWorkingDays(today, serviceCase.promisedDays()), false);
        notices.save(new CaseNotice(serviceCase.id(), NoticeKind.RECEIPT, LocalDateTime.now(clock), step.actor(),
                List.of(), null, null));
        inbox.completeStep(taskId, Map.of(OneWindowProcess.VAR_ACCEPTANCE, OneWindowProcess.ACCEPT), "受理",
                text(opinion, "onewindow.error.opinion-too-long"));
    }

    @Override
    public void requestCorrection(String taskId, List<String> items, String reason) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_REVIEW_ACCEPTANCE);
        ServiceCase serviceCase = step.serviceCase();
        List<String> listed = correctionItems(items);
        String why = text(reason, "onewindow.error.reason-too-long");
        if (notices.countByCaseIdAndKind(serviceCase.id(), NoticeKind.CORRECTION) > 0 && why == null) {
            throw BusinessException.invalid("onewindow.error.second-notice-reason");
        }
        serviceCase.requestCorrection();
        notices.save(new CaseNotice(serviceCase.id(), NoticeKind.CORRECTION, LocalDateTime.now(clock), step.actor(),
                listed, why, null));
        inbox.completeStep(taskId, Map.of(OneWindowProcess.VAR_ACCEPTANCE, OneWindowProcess.CORRECT), "补正",
                String.join("；", listed));
    }

    @Override
    public void decline(String taskId, String reason, String referTo) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_REVIEW_ACCEPTANCE);
        String why = text(reason, "onewindow.error.reason-too-long");
        if (why == null) {
            throw BusinessException.invalid("onewindow.error.decline-reason");
        }
        String office = trimToNull(referTo);
        if (office != null && office.length() > 200) {
            throw BusinessException.invalid("onewindow.error.refer-to-too-long");
        }
        step.serviceCase().decline(why);
        notices.save(new CaseNotice(step.serviceCase().id(), NoticeKind.DECLINE, LocalDateTime.now(clock), step.actor(),
                List.of(), why, office));
        inbox.completeStep(taskId, Map.of(OneWindowProcess.VAR_ACCEPTANCE, OneWindowProcess.DECLINE), "不予受理", why);
    }

    @Override
    public void resubmit(long caseId, Map<String, Provision> provisions, List<UploadedFile> uploads) {
        StaffPrincipal me = currentStaff.require();
        ServiceCase serviceCase = cases.lockById(caseId)
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.case-not-found"));
        requireFrontDesk(serviceCase, me, "onewindow.resubmit");
        if (!serviceCase.status().awaitsMaterials()) {
            throw BusinessException.conflict("onewindow.error.not-awaiting-materials");
        }
        reception.resubmit(serviceCase, provisions, uploads, me.getUsername());
        auditTrail.allowed("onewindow.resubmit", "case:" + serviceCase.caseNumber(), null);
    }

    // --- 部门办理 ---

    @Override
    public void handle(String taskId, HandlingDecision decision, String detail) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_HANDLE);
        if (decision == null) {
            throw BusinessException.invalid("onewindow.error.handling-decision");
        }
        String text = text(detail, "onewindow.error.reason-too-long");
        Map<String, Object> variables = new HashMap<>();
        switch (decision) {
            case APPROVE -> variables.put(OneWindowProcess.VAR_HANDLING, OneWindowProcess.APPROVE);
            case REJECT -> {
                requireText(text, "onewindow.error.reject-reason");
                variables.put(OneWindowProcess.VAR_HANDLING, OneWindowProcess.REJECT);
            }
            case MISROUTED -> {
                requireText(text, "onewindow.error.misrouted-reason");
                variables.put(OneWindowProcess.VAR_HANDLING, OneWindowProcess.MISROUTED);
            }
            case RETURN_FOR_MATERIAL -> {
                List<String> items = correctionItems(text == null ? List.of() : List.of(text.split("\\R")));
                step.serviceCase().pauseForSupplement(LocalDate.now(clock));
                notices.save(new CaseNotice(step.serviceCase().id(), NoticeKind.CORRECTION, LocalDateTime.now(clock),
                        step.actor(), items, null, null));
                variables.put(OneWindowProcess.VAR_HANDLING, OneWindowProcess.RETURN);
            }
        }
        variables.put(OneWindowProcess.VAR_HANDLING_REASON, text);
        // A new proposal starts a new round of countersigning.
        variables.put(OneWindowProcess.VAR_COUNTERSIGN_DISAGREED, false);
        inbox.completeStep(taskId, variables, handlingLabel(decision), text);
    }

    private static String handlingLabel(HandlingDecision decision) {
        return switch (decision) {
            case APPROVE -> "准予";
            case REJECT -> "不予";
            case RETURN_FOR_MATERIAL -> "退回补正";
            case MISROUTED -> "分办有误";
        };
    }

    @Override
    public void review(String taskId, boolean confirm, String opinion) {
        stepTask(taskId, OneWindowProcess.TASK_REVIEW);
        String text = text(opinion, "onewindow.error.opinion-too-long");
        if (!confirm) {
            requireText(text, "onewindow.error.review-back-opinion");
        }
        inbox.completeStep(taskId, Map.of(OneWindowProcess.VAR_REVIEW, confirm ? OneWindowProcess.CONFIRM
                : OneWindowProcess.BACK), confirm ? "同意" : "退回经办人", text);
    }

    @Override
    public void redispatch(String taskId, String departmentCode, String reason) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_REDISPATCH);
        Map<String, String> departments = departments();
        if (departmentCode == null || !departments.containsKey(departmentCode)) {
            throw BusinessException.invalid("onewindow.error.unknown-department");
        }
        String text = text(reason, "onewindow.error.reason-too-long");
        requireText(text, "onewindow.error.redispatch-reason");
        step.serviceCase().dispatchTo(departmentCode);
        inbox.completeStep(taskId, Map.of(OneWindowProcess.VAR_DEPARTMENT, departmentCode), "重新分办",
                departments.get(departmentCode) + "：" + text);
    }

    // --- 送达与评价 ---

    @Override
    public void deliver(String taskId, DeliveryMethod method, String reference) {
        StepTask step = stepTask(taskId, OneWindowProcess.TASK_DELIVER);
        if (method == null) {
            throw BusinessException.invalid("onewindow.error.delivery-method");
        }
        String tracking = trimToNull(reference);
        if (method == DeliveryMethod.POST && (tracking == null || !TRACKING.matcher(tracking).matches())) {
            throw BusinessException.invalid("onewindow.error.tracking-number");
        }
        step.serviceCase().deliver(method, method == DeliveryMethod.POST ? tracking : null, LocalDateTime.now(clock));
        inbox.completeStep(taskId, Map.of(), "已送达", tracking);
    }

    @Override
    public void rateAtCounter(long caseId, String raterIdNumber, RatingLevel level, String comment) {
        StaffPrincipal me = currentStaff.require();
        ServiceCase serviceCase = cases.lockById(caseId)
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.case-not-found"));
        requireFrontDesk(serviceCase, me, "onewindow.rate");
        reception.rate(serviceCase, raterIdNumber, level, comment, Channel.COUNTER);
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public List<CaseRow> search(CaseQuery query, int offset, int limit) {
        StaffPrincipal me = currentStaff.require();
        org.springframework.data.domain.Sort newestFirst = org.springframework.data.domain.Sort.by(
                org.springframework.data.domain.Sort.Direction.DESC, "receivedAt", "id");
        LocalDate today = LocalDate.now(clock);
        return cases.findAll(CaseSearch.of(query == null ? CaseQuery.all() : query, me.groups(), clock),
                        new org.tongban.base.OffsetPageRequest(offset, limit, newestFirst)).stream()
                .map(c -> new CaseRow(c.id(), c.caseNumber(), c.itemName(), ResidentIdentifiers.maskName(c.applicantName()),
                        ResidentIdentifiers.maskIdNumber(c.applicantIdNumber()), c.status(), c.receivedAt(), c.dueOn(),
                        c.acceptingUnitName(), c.departmentCode(),
                        c.status().clockRuns() && c.dueOn() != null && c.dueOn().isBefore(today)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(CaseQuery query) {
        StaffPrincipal me = currentStaff.require();
        return cases.count(CaseSearch.of(query == null ? CaseQuery.all() : query, me.groups(), clock));
    }

    @Override
    @Transactional(readOnly = true)
    public CaseDetail open(long caseId) {
        return detail(readable(caseId), false);
    }

    @Override
    public CaseDetail openUnmasked(long caseId) {
        ServiceCase serviceCase = readable(caseId);
        auditTrail.allowed("onewindow.personal-data.read", "case:" + serviceCase.caseNumber(), "unmasked");
        return detail(serviceCase, true);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseTask openForTask(String taskId) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        ServiceCase serviceCase = cases.findByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.case-not-found"));
        return new CaseTask(task.getId(), task.getTaskDefinitionKey(), detail(readable(serviceCase.id()), false));
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] noticePdf(long caseId, long noticeId) {
        ServiceCase serviceCase = readable(caseId);
        CaseNotice notice = notices.findById(noticeId).filter(found -> found.caseId().equals(serviceCase.id()))
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.notice-not-found"));
        return printer.print(noticeTexts.notice(serviceCase, notice));
    }

    @Override
    public byte[] fileContent(long caseId, long fileId) {
        ServiceCase serviceCase = readable(caseId);
        CaseFile file = files.findById(fileId).filter(found -> found.caseId().equals(serviceCase.id()))
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.file-not-found"));
        auditTrail.allowed("onewindow.file.read", "case:" + serviceCase.caseNumber(), file.fileName());
        return file.content();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<String> myOpenTask(long caseId) {
        StaffPrincipal me = currentStaff.require();
        ServiceCase serviceCase = readable(caseId);
        if (me.groups().isEmpty()) {
            return java.util.Optional.empty();
        }
        // Only the steps decided on the case page; 督办, 核实, 整改 and 回访 are Camunda Forms in the inbox.
        return taskService.createTaskQuery().processInstanceBusinessKey(serviceCase.caseNumber())
                .or().taskAssignee(me.getUsername()).taskCandidateGroupIn(List.copyOf(me.groups())).endOr()
                .initializeFormKeys().orderByTaskCreateTime().asc().list().stream()
                .filter(task -> task.getAssignee() == null || task.getAssignee().equals(me.getUsername()))
                .filter(task -> task.getFormKey() != null
                        && task.getFormKey().startsWith(org.tongban.inbox.TaskDetail.PAGE_FORM_KEY_PREFIX))
                .map(Task::getId).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> departments() {
        Map<String, String> departments = new LinkedHashMap<>();
        directory.units(OrgUnitKind.DEPARTMENT).stream().filter(OrgUnitSummary::active)
                .forEach(unit -> departments.put(unit.code(), unit.name()));
        return departments;
    }

    private ServiceCase readable(long caseId) {
        StaffPrincipal me = currentStaff.require();
        ServiceCase serviceCase = cases.findById(caseId)
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.case-not-found"));
        if (!inScope(serviceCase, me)) {
            auditTrail.denied("onewindow.case.read", "case:" + serviceCase.caseNumber(), "outside data scope");
            throw BusinessException.forbidden("onewindow.error.case-forbidden");
        }
        return serviceCase;
    }

    /** Staff of the receiving unit, and staff of the department the case is with. */
    private static boolean inScope(ServiceCase serviceCase, StaffPrincipal me) {
        Set<String> groups = me.groups();
        return groups.contains(serviceCase.acceptingUnitKind() + ":" + serviceCase.acceptingUnitCode())
                || serviceCase.departmentCode() != null
                && groups.contains(CandidateGroups.unit(OrgUnitKind.DEPARTMENT, serviceCase.departmentCode()));
    }

    private void requireFrontDesk(ServiceCase serviceCase, StaffPrincipal me, String action) {
        String group = serviceCase.acceptingUnitKind() + ":" + serviceCase.acceptingUnitCode() + ":" + Roles.FRONT_DESK;
        if (!me.groups().contains(group)) {
            auditTrail.denied(action, "case:" + serviceCase.caseNumber(), "not front desk of the receiving unit");
            throw BusinessException.forbidden("onewindow.error.case-forbidden");
        }
    }

    private CaseDetail detail(ServiceCase serviceCase, boolean unmasked) {
        return assembler.assemble(serviceCase, unmasked);
    }

    // --- helpers ---

    /** The open task of the expected step, for a case the service can lock; scope is checked by the inbox. */
    private StepTask stepTask(String taskId, String expectedStep) {
        StaffPrincipal me = currentStaff.require();
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        if (!expectedStep.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("onewindow.error.wrong-step");
        }
        ServiceCase serviceCase = cases.lockByProcessInstanceId(task.getProcessInstanceId())
                .orElseThrow(() -> BusinessException.notFound("onewindow.error.case-not-found"));
        if (!inScope(serviceCase, me)) {
            auditTrail.denied("onewindow.step", "case:" + serviceCase.caseNumber(), "outside data scope");
            throw BusinessException.forbidden("onewindow.error.case-forbidden");
        }
        return new StepTask(task, serviceCase, me.getUsername());
    }

    private static List<String> correctionItems(List<String> items) {
        List<String> listed = items == null ? List.of() : items.stream().map(OneWindowCaseService::trimToNull)
                .filter(java.util.Objects::nonNull).toList();
        if (listed.isEmpty()) {
            throw BusinessException.invalid("onewindow.error.correction-items");
        }
        if (listed.size() > MAX_ITEMS || listed.stream().anyMatch(item -> item.length() > 200)) {
            throw BusinessException.invalid("onewindow.error.correction-items-too-long", MAX_ITEMS);
        }
        return listed;
    }

    private static String text(String value, String tooLongKey) {
        String text = trimToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            throw BusinessException.invalid(tooLongKey, MAX_TEXT);
        }
        return text;
    }

    private static void requireText(String text, String messageKey) {
        if (text == null) {
            throw BusinessException.invalid(messageKey);
        }
    }

    private static String trimToNull(String value) {
        return CaseReception.trimToNull(value);
    }

    private record StepTask(Task task, ServiceCase serviceCase, String actor) {
    }
}
