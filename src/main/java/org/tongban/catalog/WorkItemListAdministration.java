package org.tongban.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 工作事项清单维护 — administrators maintain the county's community work-item list. Entries are never edited in place
 * and never deleted: a change is a new revision from its effective date (the revision before ends the day before),
 * and an entry that no longer applies is retired from a last day on. Every change reaches {@link WorkItemList} as
 * soon as it is committed and is written to the audit trail.
 *
 * <p>Changes take the revision the caller last saw and are refused with a conflict when the entry got another
 * revision in between. Refusals are {@link org.tongban.base.BusinessException}s with a
 * {@code catalog.error.work-item.*} message key; a refused change writes nothing.
 */
public interface WorkItemListAdministration {

    int NAME_MAX = 300;
    int DEPARTMENTS_MAX = 200;
    int TEXT_MAX = 500;
    int REASON_MAX = 300;
    int KEYWORD_MAX = 20;
    int KEYWORDS_MAX = 20;

    /**
     * Entries in force on {@code day} (today when null) whose code, Chinese or English name or departments contain
     * {@code filter} (all when blank), by code.
     */
    List<WorkItemEntry> list(String filter, LocalDate day);

    /** Every revision of an entry, oldest first; empty for an unknown code. */
    List<WorkItemEntry> history(String code);

    /**
     * A new entry, revision 1 from {@code draft.effectiveFrom()}. Its code is {@code WI-} with the letter of its kind
     * (D duty, A assisting, N negative) and two or three digits, and is never used again for another entry.
     */
    WorkItemEntry create(WorkItemDraft draft);

    /**
     * A new revision of entry {@code code} from {@code draft.effectiveFrom()}, which must be after the current
     * revision's; the current revision stays in force until the day before. Refused while the latest revision is not
     * yet in force (one scheduled revision at a time) and once the entry is retired. Code and kind cannot change.
     */
    WorkItemEntry revise(String code, int expectedRevision, WorkItemDraft draft, String reason);

    /** Ends entry {@code code}: its latest revision is in force until {@code lastDay} and no longer after it. */
    WorkItemEntry retire(String code, int expectedRevision, LocalDate lastDay, String reason);

    /**
     * An entry's content as an administrator enters it.
     *
     * @param keywords hints for the negative list, separated by commas, 、 or spaces, e.g. "拆迁、拆违、执法"
     */
    record WorkItemDraft(String code, WorkItemKind kind, String nameZh, String nameEn, String departments,
                         String legalBasis, String fundingConditions, String source, String keywords,
                         LocalDate effectiveFrom) {

        /** The draft that repeats {@code item}, e.g. to revise one field of it. */
        public static WorkItemDraft of(WorkItem item) {
            return new WorkItemDraft(item.code(), item.kind(), item.nameZh(), item.nameEn(), item.departments(),
                    item.legalBasis(), item.fundingConditions(), item.source(), String.join("、", item.keywords()),
                    item.effectiveFrom());
        }

        public WorkItemDraft withEffectiveFrom(LocalDate day) {
            return new WorkItemDraft(code, kind, nameZh, nameEn, departments, legalBasis, fundingConditions, source,
                    keywords, day);
        }
    }

    /**
     * One revision as the administration screen shows it.
     *
     * @param changedBy  who made the revision
     * @param reason     why (for revision 1 of the seeded list: its first publication)
     * @param retirement who retired the entry from this revision on, when and why; null unless retired
     */
    record WorkItemEntry(WorkItem item, String changedBy, LocalDateTime changedAt, String reason,
                         Retirement retirement) {

        public String code() {
            return item.code();
        }

        public int revision() {
            return item.revision();
        }
    }

    record Retirement(String retiredBy, LocalDateTime retiredAt, String reason) {
    }
}
