package org.tongban.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts attempts per key (a case number, a client address) in fixed windows that start with a key's first attempt,
 * and says when a key has used up its window: against guessing query codes and enumerating certificate numbers.
 * Kept in memory and per instance: a restart forgets, which only ever favours the honest user. Memory is bounded: ended
 * windows are swept at most once a second when the map is full, and while it is full of live windows a new key is
 * refused rather than added — a flood of distinct keys cannot exhaust memory or turn every call into a sweep.
 */
public final class AttemptLimiter {

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_KEY_LENGTH = 100;
    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(1);

    private final int max;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private volatile Instant lastSweep = Instant.EPOCH;

    public AttemptLimiter(int max, Duration window, Clock clock) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A limit needs at least one attempt in a positive window");
        }
        this.max = max;
        this.window = window;
        this.clock = clock;
    }

    /**
     * The key a client is counted under: its address, or for IPv6 the /64 network it is in (one subscriber commonly
     * holds a whole /64, so counting single addresses would not limit anyone).
     */
    public static String clientKey(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return String.valueOf(remoteAddress);
        }
        try {
            byte[] address = InetAddress.getByName(remoteAddress).getAddress();
            if (address.length != 16) {
                return remoteAddress;
            }
            StringBuilder prefix = new StringBuilder("v6:");
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", address[i], address[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return remoteAddress;
        }
    }

    /** Whether {@code key} may make another attempt now (counts nothing). */
    public boolean allows(String key) {
        Window current = windows.get(bounded(key));
        return current == null || current.endedBy(clock.instant(), window) || current.count() < max;
    }

    /** Counts one attempt of {@code key}. */
    public void count(String key) {
        tryAcquire(key);
    }

    /** Counts one attempt and says whether it was within the limit; one step, so parallel attempts cannot slip by. */
    public boolean tryAcquire(String key) {
        String bounded = bounded(key);
        Instant now = clock.instant();
        if (windows.size() >= MAX_KEYS && !windows.containsKey(bounded)) {
            sweep(now);
            if (windows.size() >= MAX_KEYS) {
                return false;
            }
        }
        Window counted = windows.compute(bounded, (ignored, current) -> current == null || current.endedBy(now, window)
                ? new Window(1, now) : new Window(current.count() + 1, current.start()));
        return counted.count() <= max;
    }

    /** Forgets {@code key}'s attempts, e.g. after the right code was given. */
    public void reset(String key) {
        windows.remove(bounded(key));
    }

    public Duration window() {
        return window;
    }

    private void sweep(Instant now) {
        if (lastSweep.plus(SWEEP_INTERVAL).isAfter(now)) {
            return;
        }
        lastSweep = now;
        windows.entrySet().removeIf(entry -> entry.getValue().endedBy(now, window));
    }

    /** Input is untrusted: an overlong key is cut, which can only make its limit stricter. */
    private static String bounded(String key) {
        String text = String.valueOf(key);
        return text.length() > MAX_KEY_LENGTH ? text.substring(0, MAX_KEY_LENGTH) : text;
    }

    private record Window(int count, Instant start) {

        boolean endedBy(Instant now, Duration length) {
            return !start.plus(length).isAfter(now);
        }
    }
}
