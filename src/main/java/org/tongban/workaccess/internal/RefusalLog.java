package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchRefusal;

/**
 * Records refused dispatches in a transaction of their own: the caller's work rolls back (no task anywhere), the
 * record of the attempt stays.
 */
@Component
class RefusalLog {

    private static final int MAX_CODES = 1000;

    private final RefusedDispatches refused;
    private final Clock clock;

    RefusalLog(RefusedDispatches refused, Clock clock) {
        this.refused = refused;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String attemptedBy, String departmentCode, String decisionNumber, DispatchChannel channel,
                       String title, Collection<String> communityCodes, DispatchRefusal reason, String detail) {
        String codes = String.join(",", communityCodes);
        refused.save(new RefusedDispatch(LocalDateTime.now(clock), attemptedBy, departmentCode,
                clip(decisionNumber, 40), channel, clip(title, 200),
                codes.length() > MAX_CODES ? codes.substring(0, MAX_CODES - 1) + "…" : codes, reason,
                clip(detail, 500)));
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
