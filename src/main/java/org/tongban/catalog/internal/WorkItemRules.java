package org.tongban.catalog.internal;

import static org.tongban.catalog.WorkItemListAdministration.DEPARTMENTS_MAX;
import static org.tongban.catalog.WorkItemListAdministration.KEYWORDS_MAX;
import static org.tongban.catalog.WorkItemListAdministration.KEYWORD_MAX;
import static org.tongban.catalog.WorkItemListAdministration.NAME_MAX;
import static org.tongban.catalog.WorkItemListAdministration.REASON_MAX;
import static org.tongban.catalog.WorkItemListAdministration.TEXT_MAX;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.base.BusinessException;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;

/**
 * The rules an entry of the work-item list must meet, checked before anything is written. The first broken rule is
 * refused with its own {@code catalog.error.work-item.*} message.
 */
final class WorkItemRules {

    /** {@code WI-}, the kind's letter, two or three digits: WI-D01, WI-A36, WI-N105. */
    private static final Pattern CODE = Pattern.compile("^WI-([DAN])(\\d{2,3})$");
    private static final Pattern KEYWORD_SEPARATORS = Pattern.compile("[,，、;；\\s\\u3000]+");
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("\\p{Cntrl}");
    /** The keywords column; twenty keywords of twenty characters would not fit. */
    private static final int KEYWORDS_STORED_MAX = 300;
    /** Effective dates outside these are typing mistakes, not list decisions. */
    static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    /** Duties, then assisting work, then the negative list; by number within each (WI-D100 after WI-D99). */
    static final Comparator<String> CODE_ORDER = Comparator.comparing(WorkItemRules::kindRank)
            .thenComparing(WorkItemRules::number).thenComparing(Comparator.naturalOrder());

    private WorkItemRules() {
    }

    /** The code of a new entry of {@code kind}: well-formed and with the kind's letter. */
    static String code(String code, WorkItemKind kind) {
        requireKind(kind);
        String cleaned = ServiceItemRules.clean(code);
        Matcher matcher = cleaned == null ? null : CODE.matcher(cleaned);
        if (matcher == null || !matcher.matches()) {
            throw BusinessException.invalid("catalog.error.work-item.code-format");
        }
        if (matcher.group(1).charAt(0) != letter(kind)) {
            throw BusinessException.invalid("catalog.error.work-item.code-kind", cleaned, kindName(kind),
                    "WI-" + letter(kind));
        }
        return cleaned;
    }

    static WorkItemContent check(WorkItemDraft draft) {
        WorkItemKind kind = requireKind(draft.kind());
        String nameZh = ServiceItemRules.clean(draft.nameZh());
        if (nameZh == null) {
            throw BusinessException.invalid("catalog.error.work-item.name-required");
        }
        requireLine(nameZh, "name");
        String nameEn = ServiceItemRules.clean(draft.nameEn());
        if (nameEn != null) {
            requireLine(nameEn, "name-en");
        }
        String departments = text(draft.departments(), "departments", DEPARTMENTS_MAX);
        String legalBasis = text(draft.legalBasis(), "legal-basis", TEXT_MAX);
        if (legalBasis == null && kind != WorkItemKind.NEGATIVE) {
            throw BusinessException.invalid("catalog.error.work-item.legal-basis-required", kindName(kind));
        }
        String funding = text(draft.fundingConditions(), "funding", TEXT_MAX);
        if (funding == null && kind == WorkItemKind.ASSIST) {
            throw BusinessException.invalid("catalog.error.work-item.funding-required");
        }
        if (funding != null && kind != WorkItemKind.ASSIST) {
            throw BusinessException.invalid("catalog.error.work-item.funding-only-assist", kindName(kind));
        }
        String source = text(draft.source(), "source", TEXT_MAX);
        return new WorkItemContent(kind, nameZh, nameEn, departments, legalBasis, funding, source,
                keywords(draft.keywords()));
    }

    /** Separated by commas, 、, semicolons or spaces; repeated words are kept once. */
    static List<String> keywords(String text) {
        String cleaned = ServiceItemRules.clean(text);
        if (cleaned == null) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        for (String word : KEYWORD_SEPARATORS.split(cleaned)) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.length() > KEYWORD_MAX) {
                throw BusinessException.invalid("catalog.error.work-item.keyword-too-long", word, KEYWORD_MAX);
            }
            if (CONTROL_CHARACTERS.matcher(word).find()) {
                throw BusinessException.invalid("catalog.error.work-item.keyword-control-characters", word);
            }
            words.add(word);
        }
        if (words.size() > KEYWORDS_MAX) {
            throw BusinessException.invalid("catalog.error.work-item.keywords-too-many", KEYWORDS_MAX, words.size());
        }
        if (String.join(",", words).length() > KEYWORDS_STORED_MAX) {
            throw BusinessException.invalid("catalog.error.work-item.keywords-too-long", KEYWORDS_STORED_MAX);
        }
        return List.copyOf(words);
    }

    /** {@code field}: {@code effective-from} or {@code last-day}, the start of the refusal's message key. */
    static LocalDate day(LocalDate day, String field) {
        if (day == null) {
            throw BusinessException.invalid("catalog.error.work-item." + field + "-required");
        }
        if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
            throw BusinessException.invalid("catalog.error.work-item." + field + "-range", EARLIEST.toString(),
                    LATEST.toString());
        }
        return day;
    }

    static String reason(String reason) {
        String cleaned = ServiceItemRules.clean(reason);
        if (cleaned == null) {
            throw BusinessException.invalid("catalog.error.work-item.reason-required");
        }
        if (cleaned.length() > REASON_MAX) {
            throw BusinessException.invalid("catalog.error.work-item.reason-too-long", REASON_MAX);
        }
        return cleaned;
    }

    static MessageSourceResolvable kindName(WorkItemKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, null, kind.messageKey());
    }

    private static WorkItemKind requireKind(WorkItemKind kind) {
        if (kind == null) {
            throw BusinessException.invalid("catalog.error.work-item.kind-required");
        }
        return kind;
    }

    /** A name is one line: the list is printed and compared, and a hidden line break would not show. */
    private static void requireLine(String name, String field) {
        if (name.length() > NAME_MAX) {
            throw BusinessException.invalid("catalog.error.work-item." + field + "-too-long", NAME_MAX);
        }
        if (CONTROL_CHARACTERS.matcher(name).find()) {
            throw BusinessException.invalid("catalog.error.work-item." + field + "-control-characters");
        }
    }

    private static String text(String value, String field, int max) {
        String cleaned = ServiceItemRules.clean(value);
        if (cleaned != null && cleaned.length() > max) {
            throw BusinessException.invalid("catalog.error.work-item." + field + "-too-long", max);
        }
        return cleaned;
    }

    private static char letter(WorkItemKind kind) {
        return switch (kind) {
            case DUTY -> 'D';
            case ASSIST -> 'A';
            case NEGATIVE -> 'N';
        };
    }

    private static int kindRank(String code) {
        Matcher matcher = CODE.matcher(code);
        return matcher.matches() ? "DAN".indexOf(matcher.group(1)) : 3;
    }

    private static int number(String code) {
        Matcher matcher = CODE.matcher(code);
        return matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
    }
}
