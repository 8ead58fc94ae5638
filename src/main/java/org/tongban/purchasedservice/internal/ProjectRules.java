package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.Circumstance;
import org.tongban.purchasedservice.NoticeDraft;
import org.tongban.purchasedservice.ProjectDraft;

/**
 * The rules a project and its notice must meet, checked before anything is written. The first broken rule is
 * refused with its own {@code purchasedservice.error.*} message.
 */
final class ProjectRules {

    static final int TITLE_MAX = 100;
    static final int LONG_TEXT_MAX = 2000;
    static final int MEDIUM_TEXT_MAX = 1000;
    static final int TARGET_GROUP_MAX = 500;
    static final int COMMENT_MAX = 500;
    static final int JUSTIFICATION_MIN = 10;
    static final int CONTACT_MAX = 200;
    static final int CRITERIA_MAX = 20;
    static final int CRITERION_NAME_MAX = 100;
    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final String PREFIX = "purchasedservice.error.";

    private ProjectRules() {
    }

    /**
     * The draft's content, checked in the order of the form so the first message is about the first wrong field. The
     * budget line is resolved by the caller, who knows whose lines the draft may use.
     */
    static ProjectContent check(ProjectDraft draft, Function<String, BudgetLine> lines, int maxDurationMonths) {
        if (draft == null) {
            throw BusinessException.invalid(PREFIX + "draft-required");
        }
        String title = line(draft.title(), "title", TITLE_MAX);
        String need = text(draft.need(), "need", LONG_TEXT_MAX, true);
        String targetGroup = text(draft.targetGroup(), "target-group", TARGET_GROUP_MAX, true);
        String content = text(draft.content(), "content", LONG_TEXT_MAX, true);
        String outputs = text(draft.outputs(), "outputs", MEDIUM_TEXT_MAX, true);
        String outcomes = text(draft.outcomes(), "outcomes", MEDIUM_TEXT_MAX, true);
        BudgetLine line = lines.apply(draft.budgetLineCode());
        BigDecimal amount = amount(draft.budgetAmount(), "amount");
        int months = months(draft.durationMonths(), maxDurationMonths);
        Circumstance circumstance = draft.circumstance();
        if (circumstance == null) {
            throw BusinessException.invalid(PREFIX + "circumstance-required");
        }
        String justification = text(draft.justification(), "justification", MEDIUM_TEXT_MAX, false);
        if (circumstance.needsJustification()
                && (justification == null || justification.length() < JUSTIFICATION_MIN)) {
            throw BusinessException.invalid(PREFIX + "justification-required", JUSTIFICATION_MIN);
        }
        return new ProjectContent(title, need, targetGroup, content, outputs, outcomes, amount, line, months,
                circumstance, circumstance.needsJustification() ? justification : null, draft.publicCommitment());
    }

    /** Yuan as typed: digits with at most two decimals, commas allowed; more than zero. */
    static BigDecimal amount(String text, String field) {
        String typed = clean(text);
        if (typed == null) {
            throw BusinessException.invalid(PREFIX + field + "-required");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(typed.replace(",", "").replace("，", ""));
        } catch (NumberFormatException notANumber) {
            throw BusinessException.invalid(PREFIX + field + "-not-number", typed);
        }
        if (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2) {
            throw BusinessException.invalid(PREFIX + field + "-range");
        }
        return amount.setScale(2);
    }

    private static int months(String text, int max) {
        String typed = clean(text);
        if (typed == null) {
            throw BusinessException.invalid(PREFIX + "duration-required");
        }
        int months;
        try {
            months = Integer.parseInt(typed);
        } catch (NumberFormatException notANumber) {
            throw BusinessException.invalid(PREFIX + "duration-not-number", typed);
        }
        if (months < 1 || months > max) {
            throw BusinessException.invalid(PREFIX + "duration-range", max);
        }
        return months;
    }

    /** A notice's checked content: the deadline no earlier than {@code earliest} nor later than {@code latest}. */
    static CheckedNotice check(NoticeDraft notice, LocalDate earliest, LocalDate latest, LocalDateTime now) {
        if (notice == null) {
            throw BusinessException.invalid(PREFIX + "notice-required");
        }
        String requirements = text(notice.requirements(), "requirements", LONG_TEXT_MAX, true);
        String contact = line(notice.contact(), "contact", CONTACT_MAX);
        LocalDateTime deadline = notice.deadline();
        if (deadline == null) {
            throw BusinessException.invalid(PREFIX + "deadline-required");
        }
        if (deadline.toLocalDate().isBefore(earliest) || !deadline.isAfter(now)) {
            throw BusinessException.invalid(PREFIX + "deadline-too-early", earliest.toString());
        }
        if (deadline.toLocalDate().isAfter(latest)) {
            throw BusinessException.invalid(PREFIX + "deadline-too-late", latest.toString());
        }
        List<NoticeDraft.Criterion> criteria = criteria(notice.criteria());
        return new CheckedNotice(requirements, contact, deadline, criteria);
    }

    /** 评审因素: one to twenty, named once each, whole points summing to 100. */
    private static List<NoticeDraft.Criterion> criteria(List<NoticeDraft.Criterion> given) {
        if (given.isEmpty()) {
            throw BusinessException.invalid(PREFIX + "criteria-required");
        }
        if (given.size() > CRITERIA_MAX) {
            throw BusinessException.invalid(PREFIX + "criteria-too-many", CRITERIA_MAX);
        }
        List<NoticeDraft.Criterion> checked = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int sum = 0;
        for (NoticeDraft.Criterion criterion : given) {
            String name = line(criterion == null ? null : criterion.name(), "criterion-name", CRITERION_NAME_MAX);
            if (!names.add(name)) {
                throw BusinessException.invalid(PREFIX + "criterion-repeated", name);
            }
            String description = text(criterion.description(), "criterion-description", COMMENT_MAX, false);
            Integer weight = criterion.weight();
            if (weight == null || weight < 1 || weight > 100) {
                throw BusinessException.invalid(PREFIX + "criterion-weight", name);
            }
            sum += weight;
            checked.add(new NoticeDraft.Criterion(name, description, weight));
        }
        if (sum != 100) {
            throw BusinessException.invalid(PREFIX + "criteria-sum", sum);
        }
        return List.copyOf(checked);
    }

    /** A comment the decision needs ({@code required}) or may have. */
    static String comment(String value, String field, boolean required) {
        return text(value, field, COMMENT_MAX, required);
    }

    /** One line, required. */
    static String line(String value, String field, int max) {
        String text = text(value, field, max, true);
        if (CONTROL.matcher(text).find()) {
            throw BusinessException.invalid(PREFIX + field + "-control-characters");
        }
        return text;
    }

    static String text(String value, String field, int max, boolean required) {
        String text = clean(value);
        if (text == null) {
            if (required) {
                throw BusinessException.invalid(PREFIX + field + "-required");
            }
            return null;
        }
        if (text.length() > max) {
            throw BusinessException.invalid(PREFIX + field + "-too-long", max);
        }
        return text;
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record CheckedNotice(String requirements, String contact, LocalDateTime deadline,
                         List<NoticeDraft.Criterion> criteria) {
    }
}
