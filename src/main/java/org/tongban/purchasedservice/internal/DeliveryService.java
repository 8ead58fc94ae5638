package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Directory;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.ServiceProvider;

/**
 * Delivery and acceptance. The provider's steps are open to the contact of the contract's provider only; the buyer's
 * to the buying unit's managers (the inbox checks who may complete a task); payments to finance; every input checked
 * before anything is written.
 */
@Service
@Transactional
class DeliveryService implements Delivery {

    private static final int TEXT_MAX = 2000;
    private static final int NOTE_MAX = 1000;
    private static final int VOUCHER_MAX = 60;
    private static final int EVIDENCE_MAX = 10;

    private final ProjectTasks tasks;
    private final ProcessStarts starts;
    private final ServiceProjectsRepository projects;
    private final Contracts contracts;
    private final Milestones milestones;
    private final MilestoneFiles files;
    private final Acceptances acceptances;
    private final ChangeRequests changes;
    private final BudgetLinesRepository budgetLines;
    private final ProjectScope scope;
    private final Directory directory;
    private final CurrentStaff currentStaff;
    private final TaskService taskService;
    private final AuditTrail audit;
    private final PurchaseSettings settings;
    private final Clock clock;

    DeliveryService(ProjectTasks tasks, ProcessStarts starts, ServiceProjectsRepository projects, Contracts contracts,
                    Milestones milestones, MilestoneFiles files, Acceptances acceptances, ChangeRequests changes,
                    BudgetLinesRepository budgetLines, ProjectScope scope,
                    Directory directory, CurrentStaff currentStaff, TaskService taskService, AuditTrail audit,
                    PurchaseSettings settings, Clock clock) {
        this.tasks = tasks;
        this.starts = starts;
        this.projects = projects;
        this.contracts = contracts;
        this.milestones = milestones;
        this.files = files;
        this.acceptances = acceptances;
        this.changes = changes;
        this.budgetLines = budgetLines;
        this.scope = scope;
        this.directory = directory;
        this.currentStaff = currentStaff;
        this.taskService = taskService;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    // --- the provider's steps ---

    @Override
    public void report(String taskId, String text, List<Bids.NewFile> evidence) {
        ProjectTasks.Step step = tasks.providerStep(taskId, PurchaseProcess.TASK_REPORT);
        Milestone milestone = milestoneOf(taskId);
        String report = ProjectRules.text(text, "report", TEXT_MAX, true);
        List<Bids.NewFile> given = evidence == null ? List.of() : evidence;
        if (given.isEmpty()) {
            throw BusinessException.invalid("purchasedservice.error.evidence-required");
        }
        if (given.size() > EVIDENCE_MAX) {
            throw BusinessException.invalid("purchasedservice.error.evidence-too-many", EVIDENCE_MAX);
        }
        LocalDateTime now = now();
        List<MilestoneFile> checked = given.stream().map(file -> {
            String name = UploadedFiles.safeName(file.fileName());
            return new MilestoneFile(milestone.id(), name, UploadedFiles.contentType(name, file.content(),
                    settings.maxUploadBytes()), file.content(), UploadedFiles.sha256(file.content()), step.actor(), now);
        }).toList();
        milestone.report(report, step.actor(), now);
        files.saveAll(checked);
        audit.allowed("purchasedservice.milestone.report", "project:" + step.project().projectNumber(),
                milestone.name());
        tasks.complete(taskId, Map.of(), "报告：" + milestone.name(), null);
    }

    @Override
    public void rectify(String taskId, String text) {
        ProjectTasks.Step step = tasks.providerStep(taskId, PurchaseProcess.TASK_RECTIFY);
        String rectification = ProjectRules.text(text, "rectification", TEXT_MAX, true);
        List<Acceptance> attempts = acceptances.findByProjectIdOrderByAttempt(step.project().id());
        attempts.get(attempts.size() - 1).rectified(rectification, now());
        tasks.complete(taskId, Map.of(), "整改完成", rectification);
    }

    // --- the buyer's steps ---

    @Override
    public void checkMilestone(String taskId, boolean passed, String note) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_CHECK_MILESTONE);
        Milestone milestone = milestoneOf(taskId);
        String text = ProjectRules.text(note, "check-note", NOTE_MAX, !passed);
        List<Milestone> all = milestones.findByProjectIdOrderByPosition(step.project().id());
        boolean last = all.get(all.size() - 1).id().equals(milestone.id());
        milestone.check(passed, last, text, step.actor(), now());
        audit.allowed("purchasedservice.milestone.check", "project:" + step.project().projectNumber(),
                milestone.name() + (passed ? " passed" : " returned"));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_MILESTONE_PASSED, passed),
                (passed ? "阶段验收合格：" : "退回整改：") + milestone.name(), text);
    }

    @Override
    public void accept(String taskId, AcceptanceDraft draft) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_ACCEPTANCE);
        ServiceProject project = step.project();
        AcceptanceRules.Checked checked;
        try {
            checked = AcceptanceRules.check(draft);
        } catch (BusinessException refused) {
            if (refused.messageKey().endsWith("acceptance-no-service-users")) {
                audit.denied("purchasedservice.acceptance", "project:" + project.projectNumber(),
                        "no service users");
            }
            throw refused;
        }
        int attempt = acceptances.findByProjectIdOrderByAttempt(project.id()).size() + 1;
        acceptances.save(new Acceptance(project.id(), attempt, checked.users(), checked.passed(), checked.findings(),
                step.actor(), now()));
        if (checked.passed()) {
            project.accepted();
        }
        audit.allowed("purchasedservice.acceptance", "project:" + project.projectNumber(),
                "attempt " + attempt + (checked.passed() ? " passed" : " failed"));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_ACCEPTED, checked.passed()),
                checked.passed() ? "履约验收合格" : "履约验收不合格", checked.findings());
        if (checked.passed()) {
            starts.evaluation(project, contracts.findByProjectId(project.id()).orElseThrow());
        }
    }

    @Override
    public void pay(long milestoneId, LocalDate paidOn, String amount, String voucher) {
        StaffPrincipal me = currentStaff.require();
        Milestone milestone = milestones.findById(milestoneId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.milestone-not-found"));
        ServiceProject project = projects.lockById(milestone.projectId()).orElseThrow();
        if (!scope.financeReviewer(me)) {
            audit.denied("purchasedservice.payment", "project:" + project.projectNumber(), "not finance");
            throw BusinessException.forbidden("purchasedservice.error.payment-forbidden");
        }
        LocalDate today = LocalDate.now(clock);
        if (paidOn == null || paidOn.isAfter(today)
                || (milestone.checkedAt() != null && paidOn.isBefore(milestone.checkedAt().toLocalDate()))) {
            throw BusinessException.invalid("purchasedservice.error.paid-on");
        }
        BigDecimal sum = ProjectRules.amount(amount, "payment");
        String reference = ProjectRules.line(voucher, "voucher", VOUCHER_MAX);
        milestone.pay(paidOn, sum, reference, me.getUsername());
        audit.allowed("purchasedservice.payment", "project:" + project.projectNumber(),
                milestone.name() + " " + sum.toPlainString() + " " + reference);
    }

    // --- changes ---

    @Override
    public void requestChange(long projectId, ChangeDraft draft) {
        StaffPrincipal me = currentStaff.require();
        ServiceProject project = projects.lockById(projectId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.project-not-found"));
        Contract contract = contracts.findByProjectId(projectId).orElse(null);
        boolean manager = scope.managedUnits(me).stream()
                .anyMatch(group -> group.unitCode().equals(project.departmentCode()));
        boolean provider = contract != null && tasks.providerOf(me).filter(found -> found.code()
                .equals(contract.providerCode())).isPresent();
        if (!manager && !provider) {
            audit.denied("purchasedservice.change", "project:" + project.projectNumber(), "not its manager or provider");
            throw BusinessException.forbidden("purchasedservice.error.change-forbidden");
        }
        if (!project.delivering() || contract == null) {
            throw BusinessException.conflict("purchasedservice.error.change-not-delivering");
        }
        if (changes.existsByProjectIdAndApprovedIsNull(projectId)) {
            throw BusinessException.conflict("purchasedservice.error.change-pending");
        }
        if (draft == null || draft.kind() == null) {
            throw BusinessException.invalid("purchasedservice.error.change-kind-required");
        }
        String description = ProjectRules.text(draft.description(), "change-description", NOTE_MAX, true);
        String reason = ProjectRules.text(draft.reason(), "change-reason", NOTE_MAX, true);
        LocalDate newEnd = null;
        BigDecimal newAmount = null;
        switch (draft.kind()) {
            case TIME -> newEnd = newEnd(draft.newEndOn(), contract);
            case BUDGET -> newAmount = newAmount(draft.newAmount(), contract, project);
            case SCOPE -> { }
        }
        ChangeRequest change = changes.save(new ChangeRequest(projectId, draft.kind(), description, reason, newEnd,
                newAmount, me.getUsername(), now()));
        starts.change(project, change, me.getUsername());
        audit.allowed("purchasedservice.change", "project:" + project.projectNumber(), draft.kind() + " requested");
    }

    /** Later than now, and within the longest term from the start. */
    private LocalDate newEnd(LocalDate requested, Contract contract) {
        LocalDate latest = contract.startOn().plusMonths(settings.maxDurationMonths()).minusDays(1);
        if (requested == null || !requested.isAfter(contract.effectiveEndOn())) {
            throw BusinessException.invalid("purchasedservice.error.change-end-on", contract.effectiveEndOn().toString());
        }
        if (requested.isAfter(latest)) {
            throw BusinessException.invalid("purchasedservice.error.change-term-too-long", latest.toString(),
                    settings.maxDurationMonths());
        }
        return requested;
    }

    /** Different from now, and not below what is paid already. */
    private BigDecimal newAmount(String typed, Contract contract, ServiceProject project) {
        BigDecimal amount = ProjectRules.amount(typed, "change-amount");
        BigDecimal paid = paid(project.id());
        if (amount.compareTo(contract.effectiveAmount()) == 0) {
            throw BusinessException.invalid("purchasedservice.error.change-amount-same");
        }
        if (amount.compareTo(paid) < 0) {
            throw BusinessException.invalid("purchasedservice.error.change-below-paid", paid.toPlainString());
        }
        return amount;
    }

    @Override
    public void decideChange(String taskId, boolean approve, String note) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_DECIDE_CHANGE);
        ServiceProject project = step.project();
        Object id = taskService.getVariable(taskId, PurchaseProcess.VAR_CHANGE_ID);
        ChangeRequest change = changes.findById(((Number) id).longValue()).orElseThrow();
        String text = ProjectRules.text(note, "decision-note", NOTE_MAX, !approve);
        change.decide(approve, text, step.actor(), now());
        if (approve) {
            apply(change, project);
        }
        audit.allowed("purchasedservice.change.decide", "project:" + project.projectNumber(),
                change.kind() + (approve ? " approved" : " refused"));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_CHANGE_APPROVED, approve), approve ? "批准变更" : "不予批准",
                text);
    }

    /** Time: the new end. Budget: the line takes or gets back the difference, unpaid milestones share the rest. */
    private void apply(ChangeRequest change, ServiceProject project) {
        if (!project.delivering()) {
            throw BusinessException.conflict("purchasedservice.error.change-not-delivering");
        }
        Contract contract = contracts.findByProjectId(project.id()).orElseThrow();
        switch (change.kind()) {
            case TIME -> contract.extendTo(change.newEndOn());
            case BUDGET -> {
                BigDecimal difference = change.newAmount().subtract(contract.effectiveAmount());
                BudgetLine line = budgetLines.lockById(project.budgetLineId()).orElseThrow();
                if (difference.signum() > 0) {
                    line.commit(difference);
                } else {
                    line.release(difference.negate());
                }
                project.rebudget(project.budgetAmount().add(difference));
                contract.reprice(change.newAmount());
                reprice(project.id(), change.newAmount());
            }
            case SCOPE -> { }
        }
    }

    private void reprice(Long projectId, BigDecimal amount) {
        List<Milestone> all = milestones.findByProjectIdOrderByPosition(projectId);
        List<Milestone> open = all.stream().filter(milestone -> !milestone.paidOrDecided()).toList();
        BigDecimal left = amount.subtract(paid(projectId));
        int openPercent = open.stream().mapToInt(Milestone::paymentPercent).sum();
        BigDecimal shared = BigDecimal.ZERO;
        for (int index = 0; index < open.size(); index++) {
            Milestone milestone = open.get(index);
            BigDecimal share = index == open.size() - 1 ? left.subtract(shared) : openPercent == 0
                    ? BigDecimal.ZERO : left.multiply(BigDecimal.valueOf(milestone.paymentPercent()))
                    .divide(BigDecimal.valueOf(openPercent), 2, RoundingMode.HALF_UP);
            shared = shared.add(share);
            milestone.reprice(share);
        }
    }

    private BigDecimal paid(Long projectId) {
        return milestones.findByProjectIdOrderByPosition(projectId).stream().map(Milestone::paidAmount)
                .filter(amount -> amount != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public DeliveryDetail delivery(long projectId) {
        ServiceProject project = tasks.readableByBuyerOrProvider(projectId);
        Contract contract = contracts.findByProjectId(project.id())
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.contract-not-found"));
        List<Milestone> all = milestones.findByProjectIdOrderByPosition(project.id());
        Map<Long, List<Bids.FileEntry>> evidence = files.findByMilestoneIdInOrderById(all.stream().map(Milestone::id)
                        .toList()).stream()
                .collect(Collectors.groupingBy(MilestoneFile::milestoneId, Collectors.mapping(
                        file -> new Bids.FileEntry(file.id(), file.fileName(), file.sizeBytes()), Collectors.toList())));
        List<ChangeRequest> requested = changes.findByProjectIdOrderByRequestedAtAscIdAsc(project.id());
        List<Acceptance> attempts = acceptances.findByProjectIdOrderByAttempt(project.id());
        Map<String, String> names = directory.displayNames(java.util.stream.Stream.concat(
                        requested.stream().flatMap(change -> java.util.stream.Stream.of(change.requestedBy(),
                                change.decidedBy())),
                        attempts.stream().map(Acceptance::acceptedBy))
                .filter(name -> name != null).distinct().toList());
        return new DeliveryDetail(contract.providerName(), contract.effectiveEndOn(), contract.effectiveAmount(),
                paid(project.id()), all.stream().map(milestone -> new MilestoneView(milestone.id(),
                        milestone.position(), milestone.name(), milestone.deliverable(), milestone.dueOn(),
                        milestone.paymentPercent(), milestone.paymentAmount(), milestone.status(), milestone.report(),
                        milestone.reportedAt(), milestone.checkNote(), milestone.checkedAt(), milestone.returns(),
                        milestone.paidOn(), milestone.paidAmount(), milestone.paymentVoucher(),
                        evidence.getOrDefault(milestone.id(), List.of()))).toList(),
                attempts.stream().map(acceptance -> new AcceptanceView(acceptance.attempt(),
                        acceptance.surveySample(), acceptance.surveyResponses(), acceptance.surveySatisfied(),
                        satisfaction(acceptance), acceptance.representatives(), acceptance.userOpinion(),
                        acceptance.passed(), acceptance.findings(), names.getOrDefault(acceptance.acceptedBy(),
                        acceptance.acceptedBy()), acceptance.acceptedAt(), acceptance.rectification())).toList(),
                requested.stream().map(change -> new ChangeView(change.id(), change.kind(), change.description(),
                        change.reason(), change.newEndOn(), change.newAmount(),
                        names.getOrDefault(change.requestedBy(), change.requestedBy()), change.requestedAt(),
                        change.approved(), change.decisionNote(), change.decidedBy() == null ? null
                        : names.getOrDefault(change.decidedBy(), change.decidedBy()), change.decidedAt())).toList());
    }

    static BigDecimal satisfaction(Acceptance acceptance) {
        return acceptance.surveyResponses() == null ? null : BigDecimal.valueOf(acceptance.surveySatisfied())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(acceptance.surveyResponses()), 1, RoundingMode.HALF_UP);
    }

    @Override
    @Transactional(readOnly = true)
    public Bids.StoredFile evidence(long fileId) {
        MilestoneFile file = files.findById(fileId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.file-not-found"));
        Milestone milestone = milestones.findById(file.milestoneId()).orElseThrow();
        tasks.readableByBuyerOrProvider(milestone.projectId());
        return new Bids.StoredFile(file.fileName(), file.contentType(), file.content());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProviderProject> myProjects() {
        StaffPrincipal me = currentStaff.require();
        ServiceProvider provider = tasks.providerOf(me).orElseThrow(() -> BusinessException.forbidden(
                "purchasedservice.error.not-provider"));
        return contracts.findByProviderCodeOrderByRecordedAtDesc(provider.code()).stream().map(contract -> {
            ServiceProject project = projects.findById(contract.projectId()).orElseThrow();
            return new ProviderProject(project.id(), project.projectNumber(), project.title(),
                    project.departmentName(), contract.contractNumber(), contract.effectiveAmount(),
                    contract.startOn(), contract.effectiveEndOn(), project.status());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long projectOfTask(String taskId) {
        Task task = tasks.openTask(taskId);
        return tasks.readableByBuyerOrProvider(tasks.projectOf(task).id()).id();
    }

    // --- helpers ---

    private Milestone milestoneOf(String taskId) {
        Object id = taskService.getVariable(taskId, PurchaseProcess.VAR_MILESTONE_ID);
        return milestones.findById(((Number) id).longValue()).orElseThrow();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

}
