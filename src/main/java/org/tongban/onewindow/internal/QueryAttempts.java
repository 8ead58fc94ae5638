package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.tongban.base.BusinessException;

/**
 * Slows down guessing of query codes: after 5 wrong codes for one case number within 15 minutes, that number is
 * refused for 15 minutes, whoever asks. Kept in memory: a restart forgets, which only ever favours the resident.
 */
@Component
class QueryAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    QueryAttempts(Clock clock) {
        this.clock = clock;
    }

    void requireNotLocked(String caseNumber) {
        Failures current = failures.get(caseNumber);
        if (current != null && current.count() >= MAX_FAILURES
                && current.since().plus(WINDOW).isAfter(clock.instant())) {
            throw BusinessException.forbidden("onewindow.error.query-locked", WINDOW.toMinutes());
        }
    }

    void failed(String caseNumber) {
        Instant now = clock.instant();
        failures.compute(caseNumber, (key, current) -> current == null || current.since().plus(WINDOW).isBefore(now)
                ? new Failures(1, now) : new Failures(current.count() + 1, current.since()));
        if (failures.size() > 100_000) {
            failures.entrySet().removeIf(entry -> entry.getValue().since().plus(WINDOW).isBefore(now));
        }
    }

    void succeeded(String caseNumber) {
        failures.remove(caseNumber);
    }

    private record Failures(int count, Instant since) {
    }
}
