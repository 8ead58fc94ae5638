package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration;
import org.tongban.catalog.Indicator;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.Roles;

@Service
@Transactional
@RolesAllowed(Roles.ADMIN_AUTHORITY)
class EvaluationTemplateAdministrationService implements EvaluationTemplateAdministration {

    private static final Comparator<TemplateEntry> LIST_ORDER =
            Comparator.comparing(TemplateEntry::code, EvaluationTemplateRules.CODE_ORDER);

    private final EvaluationTemplateRevisions revisions;
    private final ListChanges<EvaluationTemplateRevision> changes;

    /** Evaluations that start after a change commits take the new revision. */
    EvaluationTemplateAdministrationService(EvaluationTemplateRevisions revisions,
                                            CachedEvaluationTemplates evaluationTemplates, CurrentStaff currentStaff,
                                            AuditTrail audit, Clock clock) {
        this.revisions = revisions;
        this.changes = new ListChanges<>("evaluation-template", revisions, EvaluationTemplateRules.RULES,
                evaluationTemplates::invalidateAfterCompletion, currentStaff, audit, clock);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateEntry> list(String filter, LocalDate day) {
        LocalDate shown = day == null ? changes.today() : day;
        String text = ServiceItemRules.clean(filter);
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        return revisions.findAll().stream()
                .map(EvaluationTemplateRevision::toEntry)
                .filter(entry -> entry.template().inForceOn(shown))
                .filter(entry -> needle == null || matches(entry.template(), needle))
                .sorted(LIST_ORDER)
                .toList();
    }

    private static boolean matches(EvaluationTemplate template, String needle) {
        return template.code().toLowerCase(Locale.ROOT).contains(needle)
                || template.name().toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TemplateEntry> history(String code) {
        return changes.history(code).stream().map(EvaluationTemplateRevision::toEntry).toList();
    }

    @Override
    public TemplateEntry create(TemplateDraft draft) {
        String code = EvaluationTemplateRules.code(draft.code());
        changes.requireFree(code);
        EvaluationTemplateContent content = EvaluationTemplateRules.check(draft);
        LocalDate from = EvaluationTemplateRules.RULES.day(draft.effectiveFrom(), "effective-from");
        EvaluationTemplateRevision first = new EvaluationTemplateRevision(code, 1, content, from, changes.actor(),
                changes.now(), null);
        return changes.create(first, AuditDetails.describe(summary(content))).toEntry();
    }

    @Override
    public TemplateEntry revise(String code, int expectedRevision, TemplateDraft draft, String reason) {
        EvaluationTemplateRevision latest = changes.latest(code, expectedRevision);
        changes.requireSameCode(latest, draft.code());
        EvaluationTemplateContent before = latest.content();
        EvaluationTemplateContent content = EvaluationTemplateRules.check(draft);
        LocalDate from = EvaluationTemplateRules.RULES.day(draft.effectiveFrom(), "effective-from");
        String why = EvaluationTemplateRules.RULES.reason(reason);
        EvaluationTemplateRevision next = latest.followWith(content, from, changes.today(), changes.actor(),
                changes.now(), why);
        return changes.revise(latest, next, AuditDetails.changes(fields(before), fields(content))).toEntry();
    }

    @Override
    public TemplateEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason) {
        return changes.retire(code, expectedRevision, lastDay, reason).toEntry();
    }

    /** A new template for the audit trail: its name and source, and its tree as codes, names and weights. */
    private static Map<String, String> summary(EvaluationTemplateContent content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", content.name());
        fields.put("source", String.valueOf(content.source()));
        fields.put("indicators", content.indicators().stream()
                .map(indicator -> indicator.code() + " " + indicator.name() + " " + indicator.weight().toPlainString())
                .collect(Collectors.joining(", ")));
        return fields;
    }

    /**
     * The tree's codes in order, then every field of every indicator by its code, e.g. {@code EI-1.2.weight}, so that
     * a revision lists what differs; blank rules and sources are left out (a new indicator's read "null → …").
     */
    private static Map<String, String> fields(EvaluationTemplateContent content) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", content.name());
        fields.put("source", String.valueOf(content.source()));
        fields.put("indicators", content.indicators().stream().map(Indicator::code).collect(Collectors.joining(",")));
        for (Indicator indicator : content.indicators()) {
            fields.put(indicator.code() + ".name", indicator.name());
            fields.put(indicator.code() + ".weight", indicator.weight().toPlainString());
            if (!indicator.scoringRule().isEmpty()) {
                fields.put(indicator.code() + ".scoringRule", indicator.scoringRule());
            }
            if (!indicator.source().isEmpty()) {
                fields.put(indicator.code() + ".source", indicator.source());
            }
        }
        return fields;
    }
}
