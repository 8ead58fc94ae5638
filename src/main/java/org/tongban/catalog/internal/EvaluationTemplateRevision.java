package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.ListIndexBase;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration.Retirement;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateEntry;

/**
 * One revision of an evaluation template with its whole indicator tree. Its content never changes once written; only
 * its end does: the day before the next revision takes over, or the last day when the template is retired.
 */
@Entity
@Table(name = "cat_evaluation_template")
class EvaluationTemplateRevision extends ListRevision<EvaluationTemplateContent> {

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(updatable = false)
    private String source;

    // Always read whole (a revision is compared, shown and evaluated with its tree); all revisions load in two queries.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cat_evaluation_indicator", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    @Fetch(FetchMode.SUBSELECT)
    private List<IndicatorRow> indicators = new ArrayList<>();

    protected EvaluationTemplateRevision() {
    }

    EvaluationTemplateRevision(String code, int revision, EvaluationTemplateContent content, LocalDate effectiveFrom,
                               String actor, LocalDateTime now, String reason) {
        super(code, revision, effectiveFrom, actor, now, reason);
        this.name = content.name();
        this.source = content.source();
        content.indicators().forEach(indicator -> indicators.add(new IndicatorRow(indicator)));
    }

    /**
     * The revision that follows this one from {@code nextFrom}, with this one ending the day before. Only the latest
     * revision is followed, once it is in force ({@code today}), while the template is not retired.
     */
    EvaluationTemplateRevision followWith(EvaluationTemplateContent content, LocalDate nextFrom, LocalDate today,
                                          String actor, LocalDateTime now, String reason) {
        endBefore(content, nextFrom, today);
        return new EvaluationTemplateRevision(getCode(), getRevision() + 1, content, nextFrom, actor, now, reason);
    }

    @Override
    EvaluationTemplateContent content() {
        return new EvaluationTemplateContent(name, source, indicators.stream().map(IndicatorRow::toIndicator).toList());
    }

    @Override
    ListEntryRules rules() {
        return EvaluationTemplateRules.RULES;
    }

    /** Absent texts read as blank, so that readers of the templates need no null checks. */
    EvaluationTemplate toTemplate() {
        return new EvaluationTemplate(getCode(), getRevision(), name,
                indicators.stream().map(IndicatorRow::toIndicator).toList(), orEmpty(source), getEffectiveFrom(),
                getEffectiveTo());
    }

    TemplateEntry toEntry() {
        return new TemplateEntry(toTemplate(), getChangedBy(), getChangedAt(), getChangeReason(),
                isRetired() ? new Retirement(getRetiredBy(), getRetiredAt(), getRetireReason()) : null);
    }
}
