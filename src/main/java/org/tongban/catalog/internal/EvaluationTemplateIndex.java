package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tongban.catalog.EvaluationTemplate;

/** An immutable snapshot of every revision of every evaluation template, for lookups without the database. */
final class EvaluationTemplateIndex {

    /** Revisions by code, oldest first; codes in {@link EvaluationTemplateRules#CODE_ORDER}. */
    private final Map<String, List<EvaluationTemplate>> revisionsByCode;
    private final List<String> codes;

    EvaluationTemplateIndex(Collection<EvaluationTemplate> revisions) {
        Map<String, List<EvaluationTemplate>> byCode = new HashMap<>();
        revisions.forEach(revision -> byCode.computeIfAbsent(revision.code(), code -> new ArrayList<>()).add(revision));
        byCode.replaceAll((code, list) -> list.stream()
                .sorted(Comparator.comparingInt(EvaluationTemplate::revision)).toList());
        this.revisionsByCode = Map.copyOf(byCode);
        this.codes = byCode.keySet().stream().sorted(EvaluationTemplateRules.CODE_ORDER).toList();
    }

    Optional<EvaluationTemplate> find(String code, LocalDate day) {
        List<EvaluationTemplate> revisions = revisionsByCode.get(code);
        if (revisions == null) {
            return Optional.empty();
        }
        for (int index = revisions.size() - 1; index >= 0; index--) {
            EvaluationTemplate revision = revisions.get(index);
            if (revision.inForceOn(day)) {
                return Optional.of(revision);
            }
        }
        return Optional.empty();
    }

    List<EvaluationTemplate> inForce(LocalDate day) {
        List<EvaluationTemplate> inForce = new ArrayList<>();
        for (String code : codes) {
            find(code, day).ifPresent(inForce::add);
        }
        return List.copyOf(inForce);
    }

    List<EvaluationTemplate> history(String code) {
        return revisionsByCode.getOrDefault(code, List.of());
    }
}
