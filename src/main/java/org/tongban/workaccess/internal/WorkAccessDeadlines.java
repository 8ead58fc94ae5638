package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;

/**
 * Due dates the BPMN timers and tasks read ({@code ${workAccessDeadlines.due(requestId)}}), in working days from the
 * catalogue's calendar.
 */
// Public: JUEL resolves methods of public classes only.
@Component("workAccessDeadlines")
public class WorkAccessDeadlines {

    private final WorkingDays workingDays;
    private final WorkAccessSettings settings;
    private final AccessRequestsRepository requests;
    private final DispatchTargets targets;
    private final Dispatches dispatches;
    private final Clock clock;

    WorkAccessDeadlines(WorkingDays workingDays, WorkAccessSettings settings, AccessRequestsRepository requests,
                        DispatchTargets targets, Dispatches dispatches, Clock clock) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.requests = requests;
        this.targets = targets;
        this.dispatches = dispatches;
        this.clock = clock;
    }

    /** End of the review's due day. */
    public Date due(Long requestId) {
        return workingDays.endOf(reviewDueOn(requestId));
    }

    /** The review is overdue once its due day has ended. */
    public Date overdue(Long requestId) {
        return due(requestId);
    }

    /** Start of the working day {@code warningDays} before the due day (today when that has passed). */
    public Date warning(Long requestId) {
        LocalDate due = reviewDueOn(requestId);
        LocalDate warnOn = workingDays.workingDaysBefore(due, settings.warningDays());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = warnOn.isBefore(today) ? today : warnOn;
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    /** End of the due day a department set on dispatched work. */
    public Date dispatchDue(Long dispatchTargetId) {
        DispatchTarget target = targets.findById(dispatchTargetId).orElseThrow(
                () -> new IllegalStateException("No dispatch target " + dispatchTargetId));
        return workingDays.endOf(dispatches.findById(target.dispatchId()).orElseThrow().dueOn());
    }

    private LocalDate reviewDueOn(Long requestId) {
        LocalDate dueOn = requests.findById(requestId).map(AccessRequest::reviewDueOn).orElse(null);
        if (dueOn == null) {
            throw new IllegalStateException("Request " + requestId + " is not in review");
        }
        return dueOn;
    }
}
