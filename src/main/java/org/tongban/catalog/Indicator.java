package org.tongban.catalog;

import java.math.BigDecimal;

/**
 * 绩效评价指标 — one indicator of a performance-evaluation template. Templates have three levels: 一级指标 (e.g. 决策),
 * 二级指标 under them (项目立项) and 三级指标, the ones an evaluator scores (立项依据充分性). A level-1 indicator's weight
 * is its share of 100; the weights under each indicator add up to its own.
 *
 * @param code        hierarchical: {@code EI-1}, {@code EI-1.2}, {@code EI-1.2.3}; unique within the template
 * @param level       1, 2 or 3
 * @param parentCode  the indicator above it, e.g. {@code EI-1.2} for {@code EI-1.2.3}; null on level 1
 * @param weight      points out of 100, at most one decimal, e.g. {@code 15} or {@code 2.5}; compared by value, so it is
 *                    kept without trailing zeros
 * @param scoringRule level 3: how the evaluator scores it (评分细则); blank above, where the score is the sum below
 * @param source      where the indicator comes from, blank when not stated
 */
public record Indicator(String code, int level, String parentCode, String name, BigDecimal weight, String scoringRule,
                        String source) {

    public Indicator {
        weight = weight == null ? null : plain(weight);
        scoringRule = scoringRule == null ? "" : scoringRule;
        source = source == null ? "" : source;
    }

    /** A level-3 indicator, which the evaluator scores. */
    public boolean scored() {
        return level == EvaluationTemplateAdministration.LEVELS;
    }

    /** 15.0 as 15, 2.50 as 2.5, 100 as 100 (not 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
