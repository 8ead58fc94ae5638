package org.tongban.catalog.internal;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.tongban.catalog.Indicator;

/**
 * One indicator of a template revision; its position in the tree order is the list index. Written with its revision
 * and never changed: a change to the tree is a new revision with a copy of every row.
 */
@Embeddable
class IndicatorRow {

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int level;

    @Column(name = "parent_code", updatable = false)
    private String parentCode;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false, precision = 4, scale = 1)
    private BigDecimal weight;

    @Column(name = "scoring_rule", updatable = false)
    private String scoringRule;

    @Column(updatable = false)
    private String source;

    protected IndicatorRow() {
    }

    /** Blank texts are kept as null. */
    IndicatorRow(Indicator indicator) {
        this.code = indicator.code();
        this.level = indicator.level();
        this.parentCode = indicator.parentCode();
        this.name = indicator.name();
        this.weight = indicator.weight();
        this.scoringRule = indicator.scoringRule().isEmpty() ? null : indicator.scoringRule();
        this.source = indicator.source().isEmpty() ? null : indicator.source();
    }

    Indicator toIndicator() {
        return new Indicator(code, level, parentCode, name, weight, scoringRule, source);
    }

    // Value equality: Hibernate compares rows with the snapshot; a revision's rows never change.
    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorRow that && level == that.level && Objects.equals(code, that.code)
                && Objects.equals(parentCode, that.parentCode) && Objects.equals(name, that.name)
                && (weight == null ? that.weight == null : that.weight != null && weight.compareTo(that.weight) == 0)
                && Objects.equals(scoringRule, that.scoringRule) && Objects.equals(source, that.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, level, parentCode, name);
    }
}
