package org.tongban.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkingDays;

/**
 * Due dates the BPMN tasks and timers read ({@code ${certificateDeadlines.due(requestId)}}), in working days from the
 * catalogue's calendar.
 */
// Public: JUEL resolves methods of public classes only.
@Component("certificateDeadlines")
public class CertificateDeadlines {

    private final WorkingDays workingDays;
    private final CertificateSettings settings;
    private final CertificateRequestsRepository requests;
    private final Clock clock;

    CertificateDeadlines(WorkingDays workingDays, CertificateSettings settings, CertificateRequestsRepository requests,
                         Clock clock) {
        this.workingDays = workingDays;
        this.settings = settings;
        this.requests = requests;
        this.clock = clock;
    }

    /** End of the request's due day. */
    public Date due(Long requestId) {
        return workingDays.endOf(dueOn(requestId));
    }

    /** Overdue once the due day has ended. */
    public Date overdue(Long requestId) {
        return due(requestId);
    }

    /** Start of the working day {@code warningDays} before the due day (today when that has passed). */
    public Date warning(Long requestId) {
        LocalDate warnOn = workingDays.workingDaysBefore(dueOn(requestId), settings.warningDays());
        LocalDate today = LocalDate.now(clock);
        LocalDate day = warnOn.isBefore(today) ? today : warnOn;
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    private LocalDate dueOn(Long requestId) {
        LocalDate dueOn = requests.findById(requestId).map(CertificateRequest::dueOn).orElse(null);
        if (dueOn == null) {
            throw new IllegalStateException("Certificate request " + requestId + " is not being handled");
        }
        return dueOn;
    }
}
