package org.tongban.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Audit-trail details of catalogue changes, from the fields of what changed in their display order. */
final class AuditDetails {

    private AuditDetails() {
    }

    /** Every field, as "field=value, …". */
    static String describe(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> field.getKey() + "=" + field.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * The fields that differ, as "field: old → new; …"; blank when nothing does. A field only {@code before} has (a
     * part of the entry that was removed, e.g. an indicator) reads "field: old → null", after the others.
     */
    static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field + ": " + before.get(field) + " → " + value);
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field)) {
                changed.add(field + ": " + value + " → null");
            }
        });
        return String.join("; ", changed);
    }
}
