package org.tongban.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a case number, a client address) in fixed windows that start with a key's first attempt,
 * and says when a key has used up its window: against guessing query codes and enumerating certificate numbers.
 * Kept in memory and per instance: a restart forgets, which only ever favours the honest user. The map is swept of
 * ended windows when it grows large, so a flood of distinct keys cannot exhaust memory.
 */
public final class AttemptLimiter {

    private static final int SWEEP_ABOVE = 100_000;

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public AttemptLimiter(int max, Duration window, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /** Whether {@code key} may make another attempt now (counts nothing). */
    public boolean allows(String key) {
        Window current = windows.get(key);
        return current == null || current.endedBy(clock.instant(), window) || current.count() < max;
    }

    /** Counts one attempt of {@code key}. */
    public void count(String key) {
        tryAcquire(key);
    }

    /** Counts one attempt and says whether it was within the limit. */
    public boolean tryAcquire(String key) {
        Instant now = clock.instant();
        Window counted = windows.compute(key, (ignored, current) -> current == null || current.endedBy(now, window)
                ? new Window(1, now) : new Window(current.count() + 1, current.start()));
        if (windows.size() > SWEEP_ABOVE) {
            windows.entrySet().removeIf(entry -> entry.getValue().endedBy(now, window));
        }
        return counted.count() <= max;
    }

    /** Forgets {@code key}'s attempts, e.g. after the right code was given. */
    public void reset(String key) {
        windows.remove(key);
    }

    public Duration window() {
        return window;
    }

    private record Window(int count, Instant start) {

        boolean endedBy(Instant now, Duration length) {
            return !start.plus(length).isAfter(now);
        }
    }
}
