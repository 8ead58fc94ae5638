package org.tongban.catalog.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An immutable view of a reference list, loaded on first use and dropped after every change: readers ask far more
 * often than administrators change the list. Per application instance: a change reaches another instance only on
 * its restart.
 */
final class ReloadableSnapshot<T> {

    private final Supplier<T> loader;
    private final Runnable onInvalidate;
    private final AtomicReference<T> current = new AtomicReference<>();
    /** Counts invalidations, so that a load which began before one is not installed after it. */
    private final AtomicLong generation = new AtomicLong();

    /** {@code onInvalidate}: what else to forget with the snapshot, e.g. warnings given once per snapshot. */
    ReloadableSnapshot(Supplier<T> loader, Runnable onInvalidate) {
        this.loader = loader;
        this.onInvalidate = onInvalidate;
    }

    ReloadableSnapshot(Supplier<T> loader) {
        this(loader, () -> { });
    }

    T get() {
        T snapshot = current.get();
        if (snapshot != null) {
            return snapshot;
        }
        long seen = generation.get();
        T loaded = loader.get();
        if (generation.get() == seen) {
            current.compareAndSet(null, loaded);
        }
        return loaded;
    }

    /** Drops the snapshot now: the next read reloads. */
    void invalidate() {
        generation.incrementAndGet();
        current.set(null);
        onInvalidate.run();
    }

    /**
     * Drops the snapshot when the current transaction ends (a reload before the commit would see the old list), or
     * now when there is none.
     */
    void invalidateAfterCompletion() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate();
                }
            });
        }
        invalidate();
    }
}
