package org.tongban.catalog.internal;

import static org.tongban.catalog.WorkItemListAdministration.DEPARTMENTS_MAX;
import static org.tongban.catalog.WorkItemListAdministration.KEYWORDS_MAX;
import static org.tongban.catalog.WorkItemListAdministration.KEYWORD_MAX;
import static org.tongban.catalog.WorkItemListAdministration.NAME_MAX;
import static org.tongban.catalog.WorkItemListAdministration.REASON_MAX;
import static org.tongban.catalog.WorkItemListAdministration.TEXT_MAX;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;

/**
 * The rules an entry of the work-item list must meet, checked before anything is written. The first broken rule is
 * refused with its own {@code catalog.error.work-item.*} message.
 */
final class WorkItemRules {

    /** {@code WI-}, the kind's letter, two or three digits: WI-D01, WI-A36, WI-N105. */
    private static final Pattern CODE = Pattern.compile("^WI-([DAN])(\\d{2,3})$");
    /** The keywords column; twenty keywords of twenty characters would not fit. */
    private static final int KEYWORDS_STORED_MAX = 300;
    static final ListEntryRules RULES = new ListEntryRules("catalog.error.work-item.", REASON_MAX);

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
            throw RULES.invalid("code-format");
        }
        if (matcher.group(1).charAt(0) != letter(kind)) {
            throw RULES.invalid("code-kind", cleaned, kindName(kind), "WI-" + letter(kind));
        }
        return cleaned;
    }

    static WorkItemContent check(WorkItemDraft draft) {
        WorkItemKind kind = requireKind(draft.kind());
        String nameZh = RULES.line(draft.nameZh(), "name", NAME_MAX);
        if (nameZh == null) {
            throw RULES.invalid("name-required");
        }
        String nameEn = RULES.line(draft.nameEn(), "name-en", NAME_MAX);
        String departments = RULES.text(draft.departments(), "departments", DEPARTMENTS_MAX);
        String legalBasis = RULES.text(draft.legalBasis(), "legal-basis", TEXT_MAX);
        if (legalBasis == null && kind != WorkItemKind.NEGATIVE) {
            throw RULES.invalid("legal-basis-required", kindName(kind));
        }
        String funding = RULES.text(draft.fundingConditions(), "funding", TEXT_MAX);
        if (funding == null && kind == WorkItemKind.ASSIST) {
            throw RULES.invalid("funding-required");
        }
        if (funding != null && kind != WorkItemKind.ASSIST) {
            throw RULES.invalid("funding-only-assist", kindName(kind));
        }
        String source = RULES.text(draft.source(), "source", TEXT_MAX);
        return new WorkItemContent(kind, nameZh, nameEn, departments, legalBasis, funding, source,
                keywords(draft.keywords()));
    }

    /** Separated by commas, 、, semicolons or spaces; repeated words are kept once. */
    static List<String> keywords(String text) {
        return RULES.words(text, "keyword", "keywords", KEYWORD_MAX, KEYWORDS_MAX, KEYWORDS_STORED_MAX);
    }

    static MessageSourceResolvable kindName(WorkItemKind kind) {
        return new DefaultMessageSourceResolvable(new String[] {kind.messageKey()}, null, kind.messageKey());
    }

    private static WorkItemKind requireKind(WorkItemKind kind) {
        if (kind == null) {
            throw RULES.invalid("kind-required");
        }
        return kind;
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
