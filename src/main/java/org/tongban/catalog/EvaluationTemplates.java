package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 绩效评价指标体系 — the county's performance-evaluation templates for purchased services, as in force on a given day.
 * An evaluation takes the revision in force when it starts and keeps it ({@link #revision}); the templates are data
 * administrators edit, never code. Open to every caller.
 */
public interface EvaluationTemplates {

    /** The revision of the template in force on {@code day}; empty when the code is unknown or not in force that day. */
    Optional<EvaluationTemplate> find(String code, LocalDate day);

    /** One revision of a template, e.g. the one an evaluation started with; empty when there is no such revision. */
    default Optional<EvaluationTemplate> revision(String code, Integer revision) {
        return revision == null ? Optional.empty()
                : history(code).stream().filter(found -> found.revision() == revision).findFirst();
    }

    /** Every template in force on {@code day}, by code. */
    List<EvaluationTemplate> inForce(LocalDate day);

    /** Every revision of one template, oldest first; empty for an unknown code. */
    List<EvaluationTemplate> history(String code);
}
