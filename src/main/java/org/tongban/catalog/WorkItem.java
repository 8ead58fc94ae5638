package org.tongban.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * One revision of an entry of the county's community work-item list. An entry is never edited in place: a change is
 * a new revision from its effective date, and the previous revision ends the day before, so a decision taken under
 * revision 1 can still show what revision 1 said.
 *
 * @param code              stable code, e.g. {@code WI-A05} (duty {@code WI-D…}, assisting {@code WI-A…}, negative {@code WI-N…})
 * @param revision          1 for the first revision, then 2, 3, …
 * @param departments       the departments concerned, as published (free text, e.g. "民政局;残联"); blank for duties
 * @param legalBasis        the statute or policy the entry rests on (for negative entries: the rule that forbids it)
 * @param fundingConditions for assisting work, the funding and working conditions that must follow it; else blank
 * @param source            where the entry comes from (document and article)
 * @param keywords          words that hint a request may fall under this entry (negative entries); a hint asks a
 *                          reviewer to confirm, it never decides on its own
 * @param effectiveTo       last day in force, null while open-ended
 */
public record WorkItem(String code, int revision, WorkItemKind kind, String nameZh, String nameEn,
                       String departments, String legalBasis, String fundingConditions, String source,
                       List<String> keywords, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public WorkItem {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
