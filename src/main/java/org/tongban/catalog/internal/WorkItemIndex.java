package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongban.catalog.WorkItem;

/** An immutable snapshot of the whole list, every revision of every entry, for lookups without the database. */
final class WorkItemIndex {

    /** Revisions by code, oldest first; codes in {@link WorkItemRules#CODE_ORDER}. */
    private final Map<String, List<WorkItem>> revisionsByCode;
    private final List<String> codes;

    WorkItemIndex(Collection<WorkItem> revisions) {
        Map<String, List<WorkItem>> byCode = new HashMap<>();
        revisions.forEach(revision -> byCode.computeIfAbsent(revision.code(), code -> new ArrayList<>()).add(revision));
        byCode.replaceAll((code, list) -> list.stream().sorted(Comparator.comparingInt(WorkItem::revision)).toList());
        this.revisionsByCode = Map.copyOf(byCode);
        this.codes = byCode.keySet().stream().sorted(WorkItemRules.CODE_ORDER).toList();
    }

    Optional<WorkItem> find(String code, LocalDate day) {
        List<WorkItem> revisions = revisionsByCode.get(code);
        if (revisions == null) {
            return Optional.empty();
        }
        // Newest first: a lookup for today finds the current revision at once.
        for (int index = revisions.size() - 1; index >= 0; index--) {
            WorkItem revision = revisions.get(index);
            if (revision.inForceOn(day)) {
                return Optional.of(revision);
            }
        }
        return Optional.empty();
    }

    List<WorkItem> inForce(LocalDate day) {
        List<WorkItem> inForce = new ArrayList<>();
        for (String code : codes) {
            find(code, day).ifPresent(inForce::add);
        }
        return List.copyOf(inForce);
    }

    List<WorkItem> history(String code) {
        return revisionsByCode.getOrDefault(code, List.of());
    }
}
