package org.tongban.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * 绩效评价指标维护 — administrators maintain the performance-evaluation templates. As with the certificate lists, a
 * template is never edited in place and never deleted: a change is a new revision of the whole indicator tree from its
 * effective date (the revision before ends the day before), and a template that no longer applies is retired from a
 * last day on. Every change reaches {@link EvaluationTemplates} as soon as it is committed and is written to the audit
 * trail.
 *
 * <p>Changes take the revision the caller last saw and are refused with a conflict when the template got another
 * revision in between. Refusals are {@link org.tongban.base.BusinessException}s with a
 * {@code catalog.error.evaluation.*} message key; a refused change writes nothing.
 */
public interface EvaluationTemplateAdministration {

    int NAME_MAX = 100;
    int INDICATOR_NAME_MAX = 60;
    int SCORING_RULE_MAX = 500;
    int SOURCE_MAX = 500;
    int REASON_MAX = 300;
    /** 一级指标: at least one, at most this many. */
    int ROOTS_MAX = 20;
    /** Indicators of all levels together. */
    int INDICATORS_MAX = 200;
    /** 一级、二级、三级指标: every template has exactly three; only the third is scored. */
    int LEVELS = 3;
    /** What the level-1 weights add up to. */
    BigDecimal TOTAL_WEIGHT = BigDecimal.valueOf(100);

    /**
     * Templates in force on {@code day} (today when null) whose code or name contains {@code filter} (all when blank),
     * by code.
     */
    List<TemplateEntry> list(String filter, LocalDate day);

    /** Every revision of a template, oldest first; empty for an unknown code. */
    List<TemplateEntry> history(String code);

    /**
     * A new template, revision 1 from {@code draft.effectiveFrom()}. Its code is {@code ET-} and two or three digits,
     * and is never used again for another template.
     */
    TemplateEntry create(TemplateDraft draft);

    /**
     * A new revision of template {@code code} from {@code draft.effectiveFrom()}, which must be after the current
     * revision's; the current revision stays in force until the day before. The draft is the whole new tree. Refused
     * while the latest revision is not yet in force (one scheduled revision at a time), once the template is retired,
     * and when nothing changes. The code cannot change.
     */
    TemplateEntry revise(String code, int expectedRevision, TemplateDraft draft, String reason);

    /** Ends template {@code code}: its latest revision is in force until {@code lastDay} and no longer after it. */
    TemplateEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason);

    /**
     * A template as an administrator enters it: the whole indicator tree, level-1 indicators first.
     *
     * @param indicators the level-1 indicators, each with its level-2 indicators, each with its level-3 ones
     */
    record TemplateDraft(String code, String name, List<IndicatorDraft> indicators, String source,
                         LocalDate effectiveFrom) {

        /** The draft that repeats {@code template}, e.g. to revise one indicator of it. */
        public static TemplateDraft of(EvaluationTemplate template) {
            return new TemplateDraft(template.code(), template.name(), IndicatorDraft.under(template, null),
                    template.source(), template.effectiveFrom());
        }

        public TemplateDraft withEffectiveFrom(LocalDate day) {
            return new TemplateDraft(code, name, indicators, source, day);
        }
    }

    /**
     * One indicator as an administrator enters it, with the indicators under it. Its level is its depth in the tree.
     *
     * @param code        e.g. {@code EI-1.2}: its parent's code, a dot and a number ({@code EI-} and a number on level 1)
     * @param weight      points, at most one decimal; the children's weights add up to it
     * @param scoringRule level 3 only
     */
    record IndicatorDraft(String code, String name, BigDecimal weight, String scoringRule, String source,
                          List<IndicatorDraft> children) {

        public IndicatorDraft {
            children = children == null ? List.of() : List.copyOf(children);
        }

        /** The drafts of {@code template}'s indicators under {@code parentCode} (level 1 for null), with theirs. */
        static List<IndicatorDraft> under(EvaluationTemplate template, String parentCode) {
            List<IndicatorDraft> drafts = new ArrayList<>();
            for (Indicator indicator : template.children(parentCode)) {
                drafts.add(new IndicatorDraft(indicator.code(), indicator.name(), indicator.weight(),
                        indicator.scoringRule(), indicator.source(), under(template, indicator.code())));
            }
            return drafts;
        }
    }

    /**
     * One revision as the administration screen shows it.
     *
     * @param changedBy  who made the revision
     * @param reason     why (for revision 1 of the seeded template: its first publication)
     * @param retirement who retired the template from this revision on, when and why; null unless retired
     */
    record TemplateEntry(EvaluationTemplate template, String changedBy, LocalDateTime changedAt, String reason,
                         Retirement retirement) {

        public String code() {
            return template.code();
        }

        public int revision() {
            return template.revision();
        }
    }

    record Retirement(String retiredBy, LocalDateTime retiredAt, String reason) {
    }
}
