package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplates;

/**
 * {@link EvaluationTemplates} over an in-memory snapshot of every revision: evaluations read their template while
 * scoring, administrators change templates a few times a year. Open to every caller. Dropped after every change
 * ({@link #invalidateAfterCompletion}); per application instance, as the certificate lists.
 */
class CachedEvaluationTemplates implements EvaluationTemplates {

    private final ReloadableSnapshot<EvaluationTemplateIndex> snapshot;

    CachedEvaluationTemplates(Supplier<EvaluationTemplateIndex> loader) {
        this.snapshot = new ReloadableSnapshot<>(loader);
    }

    @Override
    public Optional<EvaluationTemplate> find(String code, LocalDate day) {
        Objects.requireNonNull(day, "day");
        return code == null ? Optional.empty() : snapshot.get().find(code.strip(), day);
    }

    @Override
    public List<EvaluationTemplate> inForce(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return snapshot.get().inForce(day);
    }

    @Override
    public List<EvaluationTemplate> history(String code) {
        return code == null ? List.of() : snapshot.get().history(code.strip());
    }

    /** Readers see a change once its transaction has committed. */
    void invalidateAfterCompletion() {
        snapshot.invalidateAfterCompletion();
    }
}
