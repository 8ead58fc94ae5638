package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 绩效评价指标体系 — one revision of a performance-evaluation template for purchased services, as in force from its
 * effective date. Like the county's lists, a template is never edited in place: a change is a new revision of the
 * whole indicator tree from its effective date, and an evaluation keeps the revision it started with.
 *
 * @param code       stable code, e.g. {@code ET-01}
 * @param revision   1, 2, 3, …
 * @param indicators every indicator in tree order: each level-1 indicator, followed by its level-2 indicators, each
 *                   followed by its level-3 ones
 * @param source     where the template comes from (document, framework), blank when not stated
 * @param effectiveTo last day in force, null while open-ended
 */
public record EvaluationTemplate(String code, int revision, String name, List<Indicator> indicators, String source,
                                 LocalDate effectiveFrom, LocalDate effectiveTo) {

    public EvaluationTemplate {
        indicators = List.copyOf(indicators);
        source = source == null ? "" : source;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** The level-1 indicators, in order. */
    public List<Indicator> roots() {
        return indicators.stream().filter(indicator -> indicator.parentCode() == null).toList();
    }

    /** The indicators directly under {@code parentCode}, in order; the level-1 ones for null. */
    public List<Indicator> children(String parentCode) {
        return indicators.stream().filter(indicator -> Objects.equals(indicator.parentCode(), parentCode)).toList();
    }

    /** The level-3 indicators, which an evaluator scores, in order; their weights add up to 100. */
    public List<Indicator> leaves() {
        return indicators.stream().filter(Indicator::scored).toList();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }
}
