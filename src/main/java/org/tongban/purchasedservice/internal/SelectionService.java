package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.SequenceNumbers;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplates;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.Roles;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * The buyer's steps of selection and contract. Each takes the open task of its step, checks the caller's scope and
 * the input before anything is written, and moves the project and the process in one transaction.
 */
@Service
@Transactional
class SelectionService implements ProviderSelection {

    private static final int NOTE_MAX = 500;
    private static final int ANSWER_MAX = 1000;
    private static final int TARGETS_MAX = 2000;
    private static final int MILESTONES_MAX = 12;
    private static final String EVALUATORS = CandidateGroups.role(Roles.EVALUATOR);

    private final ServiceProjectsRepository projects;
    private final BidsRepository bids;
    private final BidFiles files;
    private final PanelMembers members;
    private final Objections objections;
    private final Contracts contracts;
    private final Milestones milestones;
    private final ProjectTasks tasks;
    private final ProcessStarts starts;
    private final ServiceProviders providers;
    private final EvaluationTemplates templates;
    private final Directory directory;
    private final SequenceNumbers sequences;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final PurchaseSettings settings;
    private final Clock clock;

    SelectionService(ServiceProjectsRepository projects, BidsRepository bids, BidFiles files, PanelMembers members,
                     Objections objections, Contracts contracts, Milestones milestones, ProjectTasks tasks, ProcessStarts starts,
                     ServiceProviders providers, EvaluationTemplates templates, Directory directory,
                     SequenceNumbers sequences,
                     WorkingDays workingDays, AuditTrail audit, PurchaseSettings settings, Clock clock) {
        this.projects = projects;
        this.bids = bids;
        this.files = files;
        this.members = members;
        this.objections = objections;
        this.contracts = contracts;
        this.milestones = milestones;
        this.tasks = tasks;
        this.starts = starts;
        this.providers = providers;
        this.templates = templates;
        this.directory = directory;
        this.sequences = sequences;
        this.workingDays = workingDays;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Evaluator> evaluators() {
        List<String> usernames = directory.membersOf(EVALUATORS);
        Map<String, String> names = directory.displayNames(usernames);
        return usernames.stream().map(username -> new Evaluator(username, names.getOrDefault(username, username),
                directory.findStaff(username).flatMap(staff -> staff.assignments().stream()
                        .filter(assignment -> Roles.EVALUATOR.equals(assignment.roleCode())).findFirst())
                        .map(assignment -> assignment.unitName()).orElse(""))).toList();
    }

    // --- 组成评审小组 ---

    @Override
    public void formPanel(String taskId, List<String> evaluators) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_FORM_PANEL);
        ServiceProject project = step.project();
        int round = project.selectionRound();
        List<PanelMember> current = members.findByProjectIdAndSelectionRound(project.id(), round);
        Set<String> sitting = current.stream().map(PanelMember::evaluator).collect(Collectors.toSet());
        Set<String> chosen = new LinkedHashSet<>(evaluators == null ? List.of() : evaluators);
        if (chosen.isEmpty()) {
            throw BusinessException.invalid("purchasedservice.error.panel-required");
        }
        Set<String> allowed = new HashSet<>(directory.membersOf(EVALUATORS));
        for (String evaluator : chosen) {
            if (!allowed.contains(evaluator)) {
                throw BusinessException.invalid("purchasedservice.error.panel-not-evaluator", evaluator);
            }
            if (sitting.contains(evaluator)) {
                throw BusinessException.invalid("purchasedservice.error.panel-already-member",
                        directory.displayNames(List.of(evaluator)).getOrDefault(evaluator, evaluator));
            }
        }
        long notRecused = current.stream().filter(member -> !Boolean.TRUE.equals(member.conflict())).count();
        long size = notRecused + chosen.size();
        if (size < settings.panelMinMembers() || size % 2 == 0) {
            throw BusinessException.invalid("purchasedservice.error.panel-size", settings.panelMinMembers(), size);
        }
        LocalDateTime now = now();
        chosen.forEach(evaluator -> members.save(new PanelMember(project.id(), round, evaluator, step.actor(), now)));
        audit.allowed("purchasedservice.panel", "project:" + project.projectNumber(),
                "round " + round + ": " + String.join(",", chosen));
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_PANEL, new ArrayList<>(chosen)), "组成评审小组",
                String.join("、", directory.displayNames(chosen).values()));
    }

    // --- 确认并公示结果 ---

    @Override
    public void confirmResult(String taskId, Long chosenBidId, String note) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_CONFIRM_RESULT);
        ServiceProject project = step.project();
        List<Bid> ranked = bids.findByProjectIdOrderBySubmittedAtAscIdAsc(project.id()).stream()
                .filter(Bid::active).filter(bid -> bid.ranking() != null).toList();
        Bid first = ranked.stream().filter(bid -> bid.ranking() == 1).findFirst()
                .orElseThrow(() -> BusinessException.conflict("purchasedservice.error.wrong-status"));
        Bid chosen = chosenBidId == null ? first : ranked.stream().filter(bid -> bid.id().equals(chosenBidId))
                .findFirst().orElseThrow(() -> BusinessException.invalid("purchasedservice.error.bid-not-found"));
        String text = ProjectRules.comment(note, "result-note", !chosen.id().equals(first.id()));
        providers.eligibility(chosen.providerCode(), LocalDate.now(clock)).ifPresent(ineligible -> {
            throw ineligible.toRefusal();
        });
        LocalDateTime now = now();
        LocalDateTime deadline = workingDays.endOf(workingDays.plusWorkingDays(now.toLocalDate(),
                settings.objectionDays())).toInstant().atZone(clock.getZone()).toLocalDateTime();
        project.resultPublished(chosen.id(), text, now, deadline);
        audit.allowed("purchasedservice.result", "project:" + project.projectNumber(),
                chosen.providerCode() + " until " + deadline);
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_OBJECTION_DEADLINE,
                Date.from(deadline.atZone(clock.getZone()).toInstant())), "结果公示：" + chosen.providerName(), text);
    }

    // --- 答复质疑 ---

    @Override
    public void answerObjections(String taskId, List<ObjectionAnswer> answers) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_ANSWER_OBJECTIONS);
        ServiceProject project = step.project();
        List<Objection> open = objections.findByProjectIdAndSelectionRoundAndUpheldIsNull(project.id(),
                project.selectionRound());
        Map<Long, ObjectionAnswer> byId = new HashMap<>();
        for (ObjectionAnswer answer : answers == null ? List.<ObjectionAnswer>of() : answers) {
            if (answer != null) {
                byId.put(answer.objectionId(), answer);
            }
        }
        LocalDateTime now = now();
        boolean upheld = false;
        for (Objection objection : open) {
            ObjectionAnswer answer = byId.get(objection.id());
            if (answer == null) {
                throw BusinessException.invalid("purchasedservice.error.objection-unanswered");
            }
            String text = ProjectRules.text(answer.answer(), "answer", ANSWER_MAX, true);
            objection.answer(answer.upheld(), text, step.actor(), now);
            upheld |= answer.upheld();
        }
        if (upheld) {
            project.newRound();
        }
        audit.allowed("purchasedservice.objections.answer", "project:" + project.projectNumber(),
                open.size() + " answered, upheld " + upheld);
        tasks.complete(taskId, Map.of(PurchaseProcess.VAR_UPHELD, upheld), upheld ? "质疑成立，重新评审" : "质疑不成立", null);
    }

    // --- 签订合同 ---

    @Override
    public void signContract(String taskId, ContractDraft draft) {
        ProjectTasks.Step step = tasks.step(taskId, PurchaseProcess.TASK_CONTRACT);
        ServiceProject project = step.project();
        if (draft == null) {
            throw BusinessException.invalid("purchasedservice.error.contract-required");
        }
        Bid bid = bids.findById(project.winnerBidId()).orElseThrow();
        ContractRules.Checked checked = ContractRules.check(draft, bid.price(), LocalDate.now(clock),
                settings.maxDurationMonths(), MILESTONES_MAX, TARGETS_MAX);
        EvaluationTemplate template = templates.find(checked.templateCode(), checked.signedOn())
                .orElseThrow(() -> BusinessException.invalid("purchasedservice.error.template-unknown",
                        checked.templateCode()));
        String number = String.format("HT-%s-%d-%04d", settings.countyCode(), checked.signedOn().getYear(),
                sequences.next("purchasedservice.contract." + settings.countyCode() + "." + checked.signedOn().getYear()));
        Contract contract = contracts.save(new Contract(project.id(), number, bid, checked.amount(),
                checked.signedOn(), checked.startOn(), checked.termMonths(), template.code(), template.revision(),
                checked.targets(), step.actor(), now()));
        List<Long> milestoneIds = new ArrayList<>();
        int position = 0;
        BigDecimal paid = BigDecimal.ZERO;
        List<ContractRules.CheckedMilestone> all = checked.milestones();
        for (ContractRules.CheckedMilestone milestone : all) {
            boolean last = position == all.size() - 1;
            // The last milestone takes what rounding left, so the shares always add up to the amount.
            BigDecimal share = last ? checked.amount().subtract(paid) : checked.amount()
                    .multiply(BigDecimal.valueOf(milestone.percent())).divide(BigDecimal.valueOf(100), 2,
                            RoundingMode.HALF_UP);
            paid = paid.add(share);
            milestoneIds.add(milestones.save(new Milestone(project.id(), position++, milestone.name(),
                    milestone.deliverable(), milestone.dueOn(), milestone.percent(), share)).id());
        }
        project.contracted();
        audit.allowed("purchasedservice.contract", "project:" + project.projectNumber(),
                number + " " + checked.amount().toPlainString() + " " + checked.termMonths() + "m");
        tasks.complete(taskId, Map.of(), "签订合同 " + number, null);
        starts.delivery(project, contract, milestoneIds);
        if (project.publicCommitment()) {
            starts.publicReviews(project);
        }
    }

    // --- reading ---

    @Override
    @Transactional(readOnly = true)
    public SelectionDetail selection(long projectId) {
        ServiceProject project = tasks.readable(projectId);
        List<Bid> all = bids.findByProjectIdOrderBySubmittedAtAscIdAsc(project.id());
        int count = (int) all.stream().filter(Bid::active).count();
        boolean sealed = project.status() == ProjectStatus.PUBLISHED;
        List<PanelEntry> panel = panel(project);
        if (sealed) {
            return new SelectionDetail(true, count, 0, List.of(), panel, List.of(), null, null, null, null);
        }
        Map<Long, List<Bids.FileEntry>> filesByBid = files.findByBidIdInOrderById(all.stream().map(Bid::id).toList())
                .stream().collect(Collectors.groupingBy(BidFile::bidId, Collectors.mapping(
                        file -> new Bids.FileEntry(file.id(), file.fileName(), file.sizeBytes()), Collectors.toList())));
        boolean resultOut = project.resultPublishedAt() != null;
        List<BidEntry> entries = all.stream().map(bid -> new BidEntry(bid.id(), bid.providerCode(),
                bid.providerName(), providers.find(bid.providerCode()).map(ServiceProvider::partyOrganisation)
                        .orElse(false), bid.price(), bid.planSummary(), bid.contact(), bid.submittedAt(),
                !bid.active(), bid.score(), bid.ranking(), resultOut && bid.id().equals(project.winnerBidId()),
                filesByBid.getOrDefault(bid.id(), List.of()))).toList();
        Map<Long, String> providerOfBid = all.stream().collect(Collectors.toMap(Bid::id, Bid::providerName));
        List<ObjectionEntry> raised = objections.findByProjectIdOrderByRaisedAtAscIdAsc(project.id()).stream()
                .map(objection -> new ObjectionEntry(objection.id(), objection.round(),
                        providerOfBid.get(objection.bidId()), objection.grounds(), objection.raisedAt(),
                        objection.upheld(), objection.answer(), objection.answeredAt())).toList();
        return new SelectionDetail(false, count, project.selectionRound(), entries, panel, raised,
                project.resultPublishedAt(), project.resultNote(), project.objectionDeadline(), contract(project));
    }

    private List<PanelEntry> panel(ServiceProject project) {
        List<PanelMember> all = members.findByProjectIdOrderBySelectionRoundAscIdAsc(project.id());
        Map<String, String> names = directory.displayNames(all.stream().map(PanelMember::evaluator).toList());
        return all.stream().map(member -> new PanelEntry(member.round(), member.evaluator(),
                names.getOrDefault(member.evaluator(), member.evaluator()), member.conflict(), member.conflictNote(),
                member.declaredAt(), member.scoredAt())).toList();
    }

    private ContractEntry contract(ServiceProject project) {
        return contracts.findByProjectId(project.id()).map(contract -> new ContractEntry(contract.contractNumber(),
                contract.providerName(), contract.amount(), contract.signedOn(), contract.startOn(), contract.endOn(),
                contract.termMonths(), contract.templateCode(), contract.templateRevision(), contract.targets(),
                milestones.findByProjectIdOrderByPosition(project.id()).stream()
                        .map(milestone -> new MilestoneEntry(milestone.id(), milestone.position(), milestone.name(),
                                milestone.deliverable(), milestone.dueOn(), milestone.paymentPercent(),
                                milestone.paymentAmount(), milestone.status())).toList())).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Bids.StoredFile bidFile(long projectId, long fileId) {
        ServiceProject project = tasks.readable(projectId);
        BidFile file = files.findById(fileId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.file-not-found"));
        Bid bid = bids.findById(file.bidId()).orElseThrow();
        if (!bid.projectId().equals(project.id()) || project.status() == ProjectStatus.PUBLISHED) {
            audit.denied("purchasedservice.bid.file", "project:" + project.projectNumber(), "sealed or not its bid");
            throw BusinessException.forbidden("purchasedservice.error.bid-sealed");
        }
        return new Bids.StoredFile(file.fileName(), file.contentType(), file.content());
    }

    // --- helpers ---

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

}
