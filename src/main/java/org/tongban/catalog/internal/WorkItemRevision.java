package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.base.BusinessException;
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
class WorkItemRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int revision;

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

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "changed_by", nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private LocalDateTime changedAt;

    @Column(name = "change_reason", updatable = false)
    private String changeReason;

    @Column(name = "retired_by")
    private String retiredBy;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @Column(name = "retire_reason")
    private String retireReason;

    /** Two administrators ending the same revision at once (a revision and a retirement): one of them is refused. */
    @Version
    private Long version;

    protected WorkItemRevision() {
    }

    WorkItemRevision(String code, int revision, WorkItemContent content, LocalDate effectiveFrom, String actor,
                     LocalDateTime now, String reason) {
        this.code = code;
        this.revision = revision;
        this.kind = content.kind();
        this.nameZh = content.nameZh();
        this.nameEn = content.nameEn();
        this.departments = content.departments();
        this.legalBasis = content.legalBasis();
        this.fundingConditions = content.fundingConditions();
        this.source = content.source();
        this.keywords = content.keywords().isEmpty() ? null : String.join(",", content.keywords());
        this.effectiveFrom = effectiveFrom;
        this.changedBy = actor;
        this.changedAt = now;
        this.changeReason = reason;
    }

    /**
     * The revision that follows this one from {@code nextFrom}, with this one ending the day before. Only the latest
     * revision is followed, once it is in force ({@code today}), while the entry is not retired.
     */
    WorkItemRevision followWith(WorkItemContent content, LocalDate nextFrom, LocalDate today, String actor,
                                LocalDateTime now, String reason) {
        requireNotRetired();
        if (effectiveFrom.isAfter(today)) {
            throw BusinessException.conflict("catalog.error.work-item.revision-scheduled", code, revision,
                    effectiveFrom.toString());
        }
        if (!nextFrom.isAfter(effectiveFrom)) {
            throw BusinessException.invalid("catalog.error.work-item.effective-from-not-after", revision,
                    effectiveFrom.toString());
        }
        if (content.equals(content())) {
            throw BusinessException.invalid("catalog.error.work-item.unchanged", revision);
        }
        this.effectiveTo = nextFrom.minusDays(1);
        return new WorkItemRevision(code, revision + 1, content, nextFrom, actor, now, reason);
    }

    /** Ends the entry: this, its latest revision, is in force until {@code lastDay}. */
    void retire(LocalDate lastDay, String actor, LocalDateTime now, String reason) {
        requireNotRetired();
        if (lastDay.isBefore(effectiveFrom)) {
            throw BusinessException.invalid("catalog.error.work-item.last-day-before-from", revision,
                    effectiveFrom.toString());
        }
        this.effectiveTo = lastDay;
        this.retiredBy = actor;
        this.retiredAt = now;
        this.retireReason = reason;
    }

    private void requireNotRetired() {
        if (retiredBy != null) {
            throw BusinessException.conflict("catalog.error.work-item.retired", code, effectiveTo.toString());
        }
    }

    WorkItemContent content() {
        return new WorkItemContent(kind, nameZh, nameEn, departments, legalBasis, fundingConditions, source,
                keywordList());
    }

    private List<String> keywordList() {
        return keywords == null || keywords.isEmpty() ? List.of() : Arrays.asList(keywords.split(","));
    }

    String getCode() {
        return code;
    }

    int getRevision() {
        return revision;
    }

    /** Absent texts read as blank, so that readers of the list need no null checks. */
    WorkItem toWorkItem() {
        return new WorkItem(code, revision, kind, nameZh, orEmpty(nameEn), orEmpty(departments), orEmpty(legalBasis),
                orEmpty(fundingConditions), orEmpty(source), keywordList(), effectiveFrom, effectiveTo);
    }

    WorkItemEntry toEntry() {
        return new WorkItemEntry(toWorkItem(), changedBy, changedAt, changeReason,
                retiredBy == null ? null : new Retirement(retiredBy, retiredAt, retireReason));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
