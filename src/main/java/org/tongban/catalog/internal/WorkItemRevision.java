package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration.Retirement;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;

/**
 * One revision of a work-item list entry. Its content never changes once written; only its end does: the day before
 * the next revision takes over, or the last day when the entry is retired.
 */
@Entity
@Table(name = "cat_work_item")
class WorkItemRevision extends ListRevision<WorkItemContent> {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private WorkItemKind kind;

    @Column(name = "name_zh", nullable = false, updatable = false)
    private String nameZh;

    @Column(name = "name_en", updatable = false)
    private String nameEn;

    @Column(updatable = false)
    private String departments;

    @Column(name = "legal_basis", updatable = false)
    private String legalBasis;

    @Column(name = "funding_conditions", updatable = false)
    private String fundingConditions;

    @Column(updatable = false)
    private String source;

    /** Comma-separated, e.g. {@code 拆迁,拆违,执法}. */
    @Column(updatable = false)
    private String keywords;

    protected WorkItemRevision() {
    }

    WorkItemRevision(String code, int revision, WorkItemContent content, LocalDate effectiveFrom, String actor,
                     LocalDateTime now, String reason) {
        super(code, revision, effectiveFrom, actor, now, reason);
        this.kind = content.kind();
        this.nameZh = content.nameZh();
        this.nameEn = content.nameEn();
        this.departments = content.departments();
        this.legalBasis = content.legalBasis();
        this.fundingConditions = content.fundingConditions();
        this.source = content.source();
        this.keywords = joinWords(content.keywords());
    }

    /**
     * The revision that follows this one from {@code nextFrom}, with this one ending the day before. Only the latest
     * revision is followed, once it is in force ({@code today}), while the entry is not retired.
     */
    WorkItemRevision followWith(WorkItemContent content, LocalDate nextFrom, LocalDate today, String actor,
                                LocalDateTime now, String reason) {
        endBefore(content, nextFrom, today);
        return new WorkItemRevision(getCode(), getRevision() + 1, content, nextFrom, actor, now, reason);
    }

    @Override
    WorkItemContent content() {
        return new WorkItemContent(kind, nameZh, nameEn, departments, legalBasis, fundingConditions, source,
                splitWords(keywords));
    }

    @Override
    ListEntryRules rules() {
        return WorkItemRules.RULES;
    }

    /** Absent texts read as blank, so that readers of the list need no null checks. */
    WorkItem toWorkItem() {
        return new WorkItem(getCode(), getRevision(), kind, nameZh, orEmpty(nameEn), orEmpty(departments),
                orEmpty(legalBasis), orEmpty(fundingConditions), orEmpty(source), splitWords(keywords),
                getEffectiveFrom(), getEffectiveTo());
    }

    WorkItemEntry toEntry() {
        return new WorkItemEntry(toWorkItem(), getChangedBy(), getChangedAt(), getChangeReason(),
                isRetired() ? new Retirement(getRetiredBy(), getRetiredAt(), getRetireReason()) : null);
    }
}
