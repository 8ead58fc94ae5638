package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;

/** Due dates the BPMN reads ({@code ${purchaseDeadlines.budgetReview()}}), in working days from the calendar. */
// Public: JUEL resolves methods of public classes only.
@Component("purchaseDeadlines")
public class PurchaseDeadlines {

    private final WorkingDays workingDays;
    private final PurchaseSettings settings;
    private final Milestones milestones;
    private final Clock clock;

    PurchaseDeadlines(WorkingDays workingDays, PurchaseSettings settings, Milestones milestones, Clock clock) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.milestones = milestones;
        this.clock = clock;
    }

    /** A milestone's report is due at the end of its day in the contract. */
    public Date milestone(Long milestoneId) {
        return workingDays.endOf(milestones.findById(milestoneId).orElseThrow().dueOn());
    }

    /**
     * When the manager is asked to urge a report not made: the milestone's date, or — for a report returned after that
     * date — the configured working days from now, so that a return does not at once raise another urge.
     */
    public Date reportOverdue(Long milestoneId) {
        Date due = milestone(milestoneId);
        return due.toInstant().isAfter(clock.instant()) ? due : workingDays.dueIn(settings.reportAgainDays());
    }

    /** The finance review is due at the end of the configured working day after today. */
    public Date budgetReview() {
        return workingDays.dueIn(settings.budgetReviewDays());
    }

    /** An evaluator scores within the configured working days. */
    public Date evaluation() {
        return workingDays.dueIn(settings.evaluationDays());
    }

    /** How long between two public reviews, as a timer duration. */
    public String publicReviewInterval() {
        return settings.publicReviewInterval();
    }

    /** A panel member declares and scores within the configured working days. */
    public Date scoring() {
        return workingDays.dueIn(settings.scoringDays());
    }

    /** Objections are answered within the configured working days of the period's end. */
    public Date objectionAnswer() {
        return workingDays.dueIn(settings.objectionAnswerDays());
    }
}
