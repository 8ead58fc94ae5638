package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.PanelScoring;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * A panel member's declaration and points. Only the member the task is assigned to acts on it; a conflict recuses
 * the member at once, and points are taken only from a member who declared none.
 */
@Service
@Transactional
class ScoringService implements PanelScoring {

    private static final int NOTE_MAX = 500;

    private final ProjectTasks tasks;
    private final PanelMembers members;
    private final Scores scores;
    private final BidsRepository bids;
    private final BidFiles files;
    private final ProjectDetails details;
    private final ServiceProviders providers;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final Clock clock;

    ScoringService(ProjectTasks tasks, PanelMembers members, Scores scores, BidsRepository bids, BidFiles files,
                   ProjectDetails details, ServiceProviders providers, CurrentStaff currentStaff, AuditTrail audit,
                   Clock clock) {
        this.tasks = tasks;
        this.members = members;
        this.scores = scores;
        this.bids = bids;
        this.files = files;
        this.details = details;
        this.providers = providers;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ScoringSheet sheet(String taskId) {
        Membership membership = membership(taskId);
        ServiceProject project = membership.project();
        PanelMember member = membership.member();
        List<Bid> active = activeBids(project);
        Map<Long, List<Bids.FileEntry>> filesByBid = files.findByBidIdInOrderById(active.stream().map(Bid::id)
                        .toList()).stream()
                .collect(Collectors.groupingBy(BidFile::bidId, Collectors.mapping(
                        file -> new Bids.FileEntry(file.id(), file.fileName(), file.sizeBytes()), Collectors.toList())));
        List<ProviderSelection.BidEntry> entries = active.stream().map(bid -> new ProviderSelection.BidEntry(bid.id(),
                bid.providerCode(), bid.providerName(), providers.find(bid.providerCode())
                        .map(provider -> provider.partyOrganisation()).orElse(false), bid.price(), bid.planSummary(),
                bid.contact(), bid.submittedAt(), false, null, null, false,
                filesByBid.getOrDefault(bid.id(), List.of()))).toList();
        List<Points> saved = scores.findByMemberId(member.id()).stream()
                .map(score -> new Points(score.bidId(), score.criterion(), score.points())).toList();
        return new ScoringSheet(project.id(), project.projectNumber(), project.title(), member.round(),
                member.conflict(), criteriaOf(project), entries, saved);
    }

    @Override
    public void declare(String taskId, boolean conflict, String note) {
        Membership membership = membership(taskId);
        String text = ProjectRules.text(note, "conflict-note", NOTE_MAX, conflict);
        membership.member().declare(conflict, text, now());
        audit.allowed("purchasedservice.declare", "project:" + membership.project().projectNumber(),
                conflict ? "conflict: " + text : "no conflict");
        if (conflict) {
            tasks.complete(taskId, Map.of(), "回避", text);
        }
    }

    @Override
    public void save(String taskId, List<Points> points) {
        Membership membership = membership(taskId);
        membership.member().requireMayScore();
        write(membership, points);
    }

    @Override
    public void submit(String taskId, List<Points> points) {
        Membership membership = membership(taskId);
        PanelMember member = membership.member();
        member.requireMayScore();
        write(membership, points);
        int expected = activeBids(membership.project()).size() * criteriaOf(membership.project()).size();
        if (scores.findByMemberId(member.id()).size() < expected) {
            throw BusinessException.invalid("purchasedservice.error.scores-incomplete");
        }
        member.scored(now());
        audit.allowed("purchasedservice.score", "project:" + membership.project().projectNumber(),
                "round " + member.round());
        tasks.complete(taskId, Map.of(), "提交评分", null);
    }

    /** Every point within 0 and its criterion's weight, at most one decimal, for a bid of the project. */
    private void write(Membership membership, List<Points> points) {
        List<NoticeDraft.Criterion> weights = criteriaOf(membership.project());
        Set<Long> bidIds = activeBids(membership.project()).stream().map(Bid::id).collect(Collectors.toSet());
        Map<String, Score> existing = new HashMap<>();
        scores.findByMemberId(membership.member().id())
                .forEach(score -> existing.put(score.bidId() + ":" + score.criterion(), score));
        for (Points given : points == null ? List.<Points>of() : points) {
            if (given == null || !bidIds.contains(given.bidId()) || given.criterion() < 0
                    || given.criterion() >= weights.size()) {
                throw BusinessException.invalid("purchasedservice.error.score-unknown");
            }
            if (given.points() == null) {
                continue;
            }
            NoticeDraft.Criterion criterion = weights.get(given.criterion());
            BigDecimal value = given.points().stripTrailingZeros();
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(criterion.weight())) > 0
                    || value.scale() > 1) {
                throw BusinessException.invalid("purchasedservice.error.score-range", criterion.name(),
                        criterion.weight());
            }
            Score score = existing.get(given.bidId() + ":" + given.criterion());
            if (score == null) {
                scores.save(new Score(membership.member().id(), given.bidId(), given.criterion(),
                        value.setScale(2)));
            } else {
                score.change(value.setScale(2));
            }
        }
    }

    /** The caller's own scoring task and panel seat; anyone else is refused and recorded. */
    private Membership membership(String taskId) {
        StaffPrincipal me = currentStaff.require();
        Task task = tasks.openTask(taskId);
        if (!PurchaseProcess.TASK_SCORE.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("purchasedservice.error.wrong-step");
        }
        if (!me.getUsername().equals(task.getAssignee())) {
            audit.denied("purchasedservice.score", "task:" + taskId, "not the assigned panel member");
            throw BusinessException.forbidden("purchasedservice.error.scoring-forbidden");
        }
        ServiceProject project = tasks.projectOf(task);
        PanelMember member = members.findByProjectIdAndSelectionRoundAndEvaluator(project.id(),
                        project.selectionRound(), me.getUsername())
                .orElseThrow(() -> BusinessException.forbidden("purchasedservice.error.scoring-forbidden"));
        return new Membership(project, member);
    }

    private List<Bid> activeBids(ServiceProject project) {
        return bids.findByProjectIdOrderBySubmittedAtAscIdAsc(project.id()).stream().filter(Bid::active).toList();
    }

    private List<NoticeDraft.Criterion> criteriaOf(ServiceProject project) {
        return details.criteriaOf(project.id());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private record Membership(ServiceProject project, PanelMember member) {
    }
}
