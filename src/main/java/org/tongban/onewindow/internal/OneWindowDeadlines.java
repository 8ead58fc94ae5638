package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;

/**
 * Deadlines the BPMN timers and due dates read ({@code ${oneWindowDeadlines.due(caseId)}}), all in working days from
 * the catalogue's calendar, so a timer never lands on a holiday's arithmetic by weekday alone.
 */
// Public: JUEL resolves methods of public classes only.
@Component("oneWindowDeadlines")
public class OneWindowDeadlines {

    private final WorkingDays workingDays;
    private final OneWindowSettings settings;
    private final ServiceCases cases;
    private final Clock clock;

    OneWindowDeadlines(WorkingDays workingDays, OneWindowSettings settings, ServiceCases cases, Clock clock) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.cases = cases;
        this.clock = clock;
    }

    /** End of the acceptance review period that starts today (receipt or resubmission). */
    public Date acceptance() {
        return workingDays.dueIn(settings.acceptanceReviewDays());
    }

    public Date correctionWait() {
        return workingDays.dueIn(settings.correctionWaitDays());
    }

    public Date ratingWindow() {
        return workingDays.dueIn(settings.ratingWindowDays());
    }

    public Date rectification() {
        return workingDays.dueIn(settings.rectificationDays());
    }

    /** End of the case's due date; a date already past fires at once. */
    public Date due(Long caseId) {
        return workingDays.endOf(dueOn(caseId));
    }

    /** Start of the working day {@code warningDays} before the due date (today when that has passed). */
    public Date warning(Long caseId) {
        LocalDate due = dueOn(caseId);
        LocalDate warnOn = workingDays.workingDaysBefore(due, settings.warningDays());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = warnOn.isBefore(today) ? today : warnOn;
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private LocalDate dueOn(Long caseId) {
        LocalDate dueOn = cases.findById(caseId).map(ServiceCase::dueOn).orElse(null);
        if (dueOn == null) {
            throw new IllegalStateException("Case " + caseId + " has no due date: it was not accepted");
        }
        return dueOn;
    }
}
