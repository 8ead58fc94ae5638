package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * One revision of an entry of a list the county keeps in revisions (the work-item list, the certificate lists). Its
 * content never changes once written; only its end does: the day before the next revision takes over, or the last
 * day when the entry is retired. The columns here are the same in each list's table.
 *
 * @param <C> what a revision says, compared to refuse a revision that changes nothing
 */
@MappedSuperclass
abstract class ListRevision<C> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private int revision;

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

    protected ListRevision() {
    }

    ListRevision(String code, int revision, LocalDate effectiveFrom, String actor, LocalDateTime now, String reason) {
        this.code = code;
        this.revision = revision;
        this.effectiveFrom = effectiveFrom;
        this.changedBy = actor;
        this.changedAt = now;
        this.changeReason = reason;
    }

    /** What this revision says. */
    abstract C content();

    /** The list's refusals. */
    abstract ListEntryRules rules();

    /**
     * Ends this revision the day before {@code nextFrom}, for a next one that says {@code next}. Only the latest
     * revision is followed, once it is in force ({@code today}), while the entry is not retired.
     */
    void endBefore(C next, LocalDate nextFrom, LocalDate today) {
        requireNotRetired();
        if (effectiveFrom.isAfter(today)) {
            throw rules().conflict("revision-scheduled", code, revision, effectiveFrom.toString());
        }
        if (!nextFrom.isAfter(effectiveFrom)) {
            throw rules().invalid("effective-from-not-after", revision, effectiveFrom.toString());
        }
        if (next.equals(content())) {
            throw rules().invalid("unchanged", revision);
        }
        this.effectiveTo = nextFrom.minusDays(1);
    }

    /** Ends the entry: this, its latest revision, is in force until {@code lastDay}. */
    void retire(LocalDate lastDay, String actor, LocalDateTime now, String reason) {
        requireNotRetired();
        if (lastDay.isBefore(effectiveFrom)) {
            throw rules().invalid("last-day-before-from", revision, effectiveFrom.toString());
        }
        this.effectiveTo = lastDay;
        this.retiredBy = actor;
        this.retiredAt = now;
        this.retireReason = reason;
    }

    private void requireNotRetired() {
        if (retiredBy != null) {
            throw rules().conflict("retired", code, effectiveTo.toString());
        }
    }

    String getCode() {
        return code;
    }

    int getRevision() {
        return revision;
    }

    LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    String getChangedBy() {
        return changedBy;
    }

    LocalDateTime getChangedAt() {
        return changedAt;
    }

    String getChangeReason() {
        return changeReason;
    }

    boolean isRetired() {
        return retiredBy != null;
    }

    String getRetiredBy() {
        return retiredBy;
    }

    LocalDateTime getRetiredAt() {
        return retiredAt;
    }

    String getRetireReason() {
        return retireReason;
    }

    /** Absent texts read as blank, so that readers of the lists need no null checks. */
    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** Words as a column keeps them: comma-separated, null for none. */
    static String joinWords(List<String> words) {
        return words.isEmpty() ? null : String.join(",", words);
    }

    static List<String> splitWords(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
