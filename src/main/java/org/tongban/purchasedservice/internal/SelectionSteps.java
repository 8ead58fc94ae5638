package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;

/**
 * What the selection process does on its own ({@code ${selectionSteps.closeBids(projectId)}} and the rest). Runs
 * in the engine's transaction: the timer's job, or the step of the person who completed the task before it.
 */
// Public: JUEL resolves methods of public classes only.
@Component("selectionSteps")
public class SelectionSteps {

    private final ServiceProjectsRepository projects;
    private final BidsRepository bids;
    private final PanelMembers members;
    private final Scores scores;
    private final Objections objections;
    private final PurchaseSettings settings;
    private final AuditTrail audit;
    private final Clock clock;

    SelectionSteps(ServiceProjectsRepository projects, BidsRepository bids, PanelMembers members, Scores scores,
                   Objections objections, PurchaseSettings settings, AuditTrail audit, Clock clock) {
        this.projects = projects;
        this.bids = bids;
        this.members = members;
        this.scores = scores;
        this.objections = objections;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The notice closed: how many responses stand (none: 流标). */
    public int closeBids(Long projectId) {
        ServiceProject project = lock(projectId);
        int active = (int) bids.countByProjectIdAndWithdrawnAtIsNull(projectId);
        project.bidsClosed(active);
        audit.allowed("purchasedservice.bids-closed", "project:" + project.projectNumber(), active + " bids");
        return active;
    }

    /**
     * Ranks the round's bids by the average total of the members who scored, when enough did; false sends the
     * manager back to add members.
     */
    public boolean tally(Long projectId) {
        ServiceProject project = lock(projectId);
        List<PanelMember> valid = members.findByProjectIdAndSelectionRound(projectId, project.selectionRound())
                .stream().filter(PanelMember::valid).toList();
        if (valid.size() < settings.panelMinMembers()) {
            return false;
        }
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Score score : scores.findByMemberIdIn(valid.stream().map(PanelMember::id).toList())) {
            totals.merge(score.bidId(), score.points(), BigDecimal::add);
        }
        BigDecimal panelSize = BigDecimal.valueOf(valid.size());
        List<Bid> ranked = new ArrayList<>(bids.findByProjectIdOrderBySubmittedAtAscIdAsc(projectId).stream()
                .filter(Bid::active).toList());
        Map<Long, BigDecimal> averages = new HashMap<>();
        ranked.forEach(bid -> averages.put(bid.id(),
                totals.getOrDefault(bid.id(), BigDecimal.ZERO).divide(panelSize, 2, RoundingMode.HALF_UP)));
        // Higher average first; on a tie the lower price, then the earlier response.
        ranked.sort(Comparator.comparing((Bid bid) -> averages.get(bid.id())).reversed()
                .thenComparing(Bid::price).thenComparing(Bid::submittedAt));
        for (int place = 0; place < ranked.size(); place++) {
            ranked.get(place).ranked(averages.get(ranked.get(place).id()), place + 1);
        }
        return true;
    }

    /** Objections of the round not answered yet. */
    public int objections(Long projectId) {
        ServiceProject project = lock(projectId);
        return objections.findByProjectIdAndSelectionRoundAndUpheldIsNull(projectId, project.selectionRound()).size();
    }

    /** The objection period ended without an objection upheld: the chosen provider is awarded. */
    public void award(Long projectId) {
        ServiceProject project = lock(projectId);
        project.awarded(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        audit.allowed("purchasedservice.award", "project:" + project.projectNumber(), "bid " + project.winnerBidId());
    }

    private ServiceProject lock(Long projectId) {
        return projects.lockById(projectId).orElseThrow(() -> new IllegalStateException("No project " + projectId));
    }
}
