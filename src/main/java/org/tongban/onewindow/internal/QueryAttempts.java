package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.tongban.base.AttemptLimiter;
import org.tongban.base.BusinessException;

/**
 * Slows down guessing of query codes: after 5 wrong codes for one case number within 15 minutes, that number is
 * refused for the rest of those 15 minutes, whoever asks.
 */
@Component
class QueryAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AttemptLimiter failures;

    QueryAttempts(Clock clock) {
        this.failures = new AttemptLimiter(MAX_FAILURES, WINDOW, clock);
    }

    void requireNotLocked(String caseNumber) {
        if (!failures.allows(caseNumber)) {
            throw BusinessException.forbidden("onewindow.error.query-locked", WINDOW.toMinutes());
        }
    }

    void failed(String caseNumber) {
        failures.count(caseNumber);
    }

    void succeeded(String caseNumber) {
        failures.reset(caseNumber);
    }
}
