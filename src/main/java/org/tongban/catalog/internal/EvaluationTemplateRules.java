package org.tongban.catalog.internal;

import static org.tongban.catalog.EvaluationTemplateAdministration.INDICATORS_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.INDICATOR_NAME_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.LEVELS;
import static org.tongban.catalog.EvaluationTemplateAdministration.NAME_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.REASON_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.ROOTS_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.SCORING_RULE_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.SOURCE_MAX;
import static org.tongban.catalog.EvaluationTemplateAdministration.TOTAL_WEIGHT;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.catalog.EvaluationTemplateAdministration.IndicatorDraft;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateDraft;
import org.tongban.catalog.Indicator;

/**
 * The rules an evaluation template must meet, checked before anything is written; the first broken rule is refused
 * with its own {@code catalog.error.evaluation.*} message. A template has exactly three levels: every level-1 and
 * level-2 indicator has indicators under it, and only level-3 indicators are scored, each by its rule. Weights are
 * points with at most one decimal: the level-1 weights add up to 100, and the weights under each indicator to its own.
 * Refusals about one indicator name it by code and name.
 */
final class EvaluationTemplateRules {

    /** {@code ET-} and two digits (ET-01…ET-99), three from 100 on; never ET-001 beside ET-01. */
    private static final Pattern CODE = Pattern.compile("^ET-(0[1-9]|[1-9]\\d{1,2})$");
    /** One number of an indicator's code: 1 to 99, no leading zero. */
    private static final String NUMBER = "[1-9]\\d?";
    private static final String CODE_START = "EI-";
    /** ET-02 before ET-10 before ET-100. */
    static final Comparator<String> CODE_ORDER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());
    static final ListEntryRules RULES = new ListEntryRules("catalog.error.evaluation.", REASON_MAX);

    private EvaluationTemplateRules() {
    }

    static String code(String code) {
        String cleaned = ServiceItemRules.clean(code);
        if (cleaned == null || !CODE.matcher(cleaned).matches()) {
            throw RULES.invalid("code-format");
        }
        return cleaned;
    }

    static EvaluationTemplateContent check(TemplateDraft draft) {
        String name = RULES.line(draft.name(), "name", NAME_MAX);
        if (name == null) {
            throw RULES.invalid("name-required");
        }
        String source = RULES.text(draft.source(), "source", SOURCE_MAX);
        List<IndicatorDraft> roots = draft.indicators() == null ? List.of() : draft.indicators();
        if (roots.isEmpty()) {
            throw RULES.invalid("roots-required");
        }
        if (roots.size() > ROOTS_MAX) {
            throw RULES.invalid("roots-too-many", ROOTS_MAX, roots.size());
        }
        int count = count(roots);
        if (count > INDICATORS_MAX) {
            throw RULES.invalid("indicators-too-many", INDICATORS_MAX);
        }
        List<Indicator> indicators = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (IndicatorDraft root : roots) {
            add(root, null, indicators, codes);
        }
        checkWeights(indicators);
        return new EvaluationTemplateContent(name, source, indicators);
    }

    /** How many indicators the tree has, counted without recursion and no further than one past the limit. */
    private static int count(List<IndicatorDraft> roots) {
        Deque<IndicatorDraft> open = new ArrayDeque<>(roots);
        int count = 0;
        while (!open.isEmpty() && count <= INDICATORS_MAX) {
            IndicatorDraft next = open.pop();
            count++;
            next.children().forEach(open::push);
        }
        return count;
    }

    /** {@code draft} under {@code parent} (null on level 1), then the indicators under it: the tree order. */
    private static void add(IndicatorDraft draft, Indicator parent, List<Indicator> indicators, Set<String> codes) {
        int level = parent == null ? 1 : parent.level() + 1;
        String code = indicatorCode(draft.code(), parent);
        if (!codes.add(code)) {
            throw RULES.invalid("indicator-code-repeated", code);
        }
        String name = RULES.line(draft.name(), "indicator-name", INDICATOR_NAME_MAX, code);
        if (name == null) {
            throw RULES.invalid("indicator-name-required", code);
        }
        BigDecimal weight = weight(draft.weight(), code, name);
        String rule = RULES.text(draft.scoringRule(), "scoring-rule", SCORING_RULE_MAX, code, name);
        if (level == LEVELS && rule == null) {
            throw RULES.invalid("scoring-rule-required", code, name);
        }
        if (level < LEVELS && rule != null) {
            throw RULES.invalid("scoring-rule-only-scored", code, name);
        }
        String source = RULES.text(draft.source(), "indicator-source", SOURCE_MAX, code, name);
        if (level < LEVELS && draft.children().isEmpty()) {
            throw RULES.invalid("children-required", code, name, levelName(level), levelName(level + 1));
        }
        if (level == LEVELS && !draft.children().isEmpty()) {
            throw RULES.invalid("too-deep", code, name);
        }
        Indicator indicator = new Indicator(code, level, parent == null ? null : parent.code(), name, weight, rule,
                source);
        indicators.add(indicator);
        for (IndicatorDraft child : draft.children()) {
            add(child, indicator, indicators, codes);
        }
    }

    /** {@code EI-n} on level 1, the parent's code and {@code .n} below: EI-1, EI-1.2, EI-1.2.3. */
    private static String indicatorCode(String code, Indicator parent) {
        String cleaned = ServiceItemRules.clean(code);
        if (cleaned == null) {
            throw RULES.invalid("indicator-code-required");
        }
        String start = parent == null ? CODE_START : parent.code() + ".";
        if (!cleaned.startsWith(start) || !cleaned.substring(start.length()).matches(NUMBER)) {
            throw RULES.invalid("indicator-code-format", cleaned, start + "n");
        }
        return cleaned;
    }

    /** Points above zero with at most one decimal; 15.0 is kept as 15. */
    private static BigDecimal weight(BigDecimal weight, String code, String name) {
        if (weight == null) {
            throw RULES.invalid("weight-required", code, name);
        }
        if (weight.signum() <= 0) {
            throw RULES.invalid("weight-positive", code, name, text(weight));
        }
        BigDecimal plain = plain(weight);
        if (plain.scale() > 1) {
            throw RULES.invalid("weight-decimals", code, name, text(weight));
        }
        return plain;
    }

    /** The level-1 weights add up to 100, the weights under each indicator to its own; the first group that does not. */
    private static void checkWeights(List<Indicator> indicators) {
        BigDecimal roots = sum(indicators, null);
        if (roots.compareTo(TOTAL_WEIGHT) != 0) {
            throw RULES.invalid("roots-weight-sum", text(roots), text(TOTAL_WEIGHT));
        }
        for (Indicator group : indicators) {
            if (group.level() == LEVELS) {
                continue;
            }
            BigDecimal children = sum(indicators, group.code());
            if (children.compareTo(group.weight()) != 0) {
                throw RULES.invalid("children-weight-sum", group.name(), levelName(group.level() + 1),
                        text(children), text(group.weight()));
            }
        }
    }

    private static BigDecimal sum(List<Indicator> indicators, String parentCode) {
        return indicators.stream()
                .filter(indicator -> parentCode == null ? indicator.parentCode() == null
                        : parentCode.equals(indicator.parentCode()))
                .map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Without trailing zeros or exponent: 15.0 as 15, 100 as 100 (not 1E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** As an administrator writes it: 14, 2.5, 100. */
    private static String text(BigDecimal value) {
        return plain(value).toPlainString();
    }

    /** 一级指标, 二级指标, 三级指标 in the reader's language. */
    static MessageSourceResolvable levelName(int level) {
        String key = "catalog.evaluation.level." + level;
        return new DefaultMessageSourceResolvable(new String[] {key}, null, key);
    }
}
