package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.tongban.base.BusinessException;

/**
 * What the county's lists kept in revisions (the work-item list, the certificate lists, the evaluation templates)
 * check alike: names on one line, texts, word lists, effective days and reasons. Each list refuses under its own
 * message keys, e.g. {@code catalog.error.work-item.reason-required} and
 * {@code catalog.error.certificate.reason-required}.
 */
final class ListEntryRules {

    private static final Pattern WORD_SEPARATORS = Pattern.compile("[,，、;；\\s\\u3000]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    /** Effective dates outside these are typing mistakes, not list decisions. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private final String errorPrefix;
    private final int reasonMax;

    /** {@code errorPrefix}: the start of every refusal's key, e.g. {@code catalog.error.work-item.}. */
    ListEntryRules(String errorPrefix, int reasonMax) {
        this.errorPrefix = errorPrefix;
        this.reasonMax = reasonMax;
    }

    BusinessException invalid(String rule, Object... arguments) {
        return BusinessException.invalid(errorPrefix + rule, arguments);
    }

    BusinessException conflict(String rule, Object... arguments) {
        return BusinessException.conflict(errorPrefix + rule, arguments);
    }

    String key(String rule) {
        return errorPrefix + rule;
    }

    /**
     * Trimmed, or null when blank; one line of at most {@code max} characters: lists are printed and compared, and a
     * hidden line break would not show. {@code part}: for a field of one part of an entry, e.g. an indicator of an
     * evaluation template, what names it (its code, its name), the first arguments of the refusal.
     */
    String line(String value, String field, int max, Object... part) {
        String cleaned = text(value, field, max, part);
        if (cleaned != null && CONTROL_CHARACTERS.matcher(cleaned).find()) {
            throw invalid(field + "-control-characters", part);
        }
        return cleaned;
    }

    /** Trimmed, or null when blank; at most {@code max} characters. {@code part}: as for {@link #line}. */
    String text(String value, String field, int max, Object... part) {
        String cleaned = ServiceItemRules.clean(value);
        if (cleaned != null && cleaned.length() > max) {
            Object[] arguments = Arrays.copyOf(part, part.length + 1);
            arguments[part.length] = max;
            throw invalid(field + "-too-long", arguments);
        }
        return cleaned;
    }

    /**
     * Words separated by commas, 、, semicolons or spaces, each kept once, as they are stored: comma-separated in at
     * most {@code storedMax} characters. {@code word} and {@code words} start the refusals' keys, e.g.
     * {@code keyword-too-long} and {@code keywords-too-many}.
     */
    List<String> words(String text, String word, String words, int wordMax, int countMax, int storedMax) {
        String cleaned = ServiceItemRules.clean(text);
        if (cleaned == null) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String each : WORD_SEPARATORS.split(cleaned)) {
            if (each.isEmpty()) {
                continue;
            }
            if (each.length() > wordMax) {
                throw invalid(word + "-too-long", each, wordMax);
            }
            if (CONTROL_CHARACTERS.matcher(each).find()) {
                throw invalid(word + "-control-characters", each);
            }
            found.add(each);
        }
        if (found.size() > countMax) {
            throw invalid(words + "-too-many", countMax, found.size());
        }
        if (String.join(",", found).length() > storedMax) {
            throw invalid(words + "-too-long", storedMax);
        }
        return List.copyOf(found);
    }

    /** {@code field}: {@code effective-from} or {@code last-day}, the start of the refusal's message key. */
    LocalDate day(LocalDate day, String field) {
        if (day == null) {
            throw invalid(field + "-required");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw invalid(field + "-range", EARLIEST.toString(), LATEST.toString());
        }
        return day;
    }

    /** Why a revision or a retirement was made: required. */
    String reason(String reason) {
        String cleaned = text(reason, "reason", reasonMax);
        if (cleaned == null) {
            throw invalid("reason-required");
        }
        return cleaned;
    }
}
