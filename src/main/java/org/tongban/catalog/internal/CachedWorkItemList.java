package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemList;

/**
 * {@link WorkItemList} over an in-memory snapshot of every revision: work-item access asks on every community task,
 * administrators change the list a few times a year. Open to every caller, signed in or not (processes ask too); no
 * transaction and no database round trip once the snapshot is loaded. Dropped after every change
 * ({@link #invalidateAfterCompletion}); per application instance, as the working-day calendar.
 */
class CachedWorkItemList implements WorkItemList {

    private final ReloadableSnapshot<WorkItemIndex> snapshot;

    CachedWorkItemList(Supplier<WorkItemIndex> loader) {
        this.snapshot = new ReloadableSnapshot<>(loader);
    }

    @Override
    public Optional<WorkItem> find(String code, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return code == null ? Optional.empty() : snapshot.get().find(code.strip(), day);
    }

    /** By code: duties, assisting work, then the negative list, by number within each. */
    @Override
    public List<WorkItem> inForce(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return snapshot.get().inForce(day);
    }

    @Override
    public List<WorkItem> history(String code) {
        return code == null ? List.of() : snapshot.get().history(code.strip());
    }

    /** Readers see a change once its transaction has committed. */
    void invalidateAfterCompletion() {
        snapshot.invalidateAfterCompletion();
    }
}
