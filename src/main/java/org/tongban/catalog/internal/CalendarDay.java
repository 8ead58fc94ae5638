package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.tongban.catalog.CalendarAdministration.CalendarEntry;
import org.tongban.catalog.CalendarDayKind;

/** One exception to the week: a statutory holiday or a make-up working day, and who set it when. */
@Entity
@Table(name = "cat_calendar_day")
class CalendarDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CalendarDayKind kind;

    @Column(nullable = false)
    private String name;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Version
    private Long version;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate date, CalendarDayKind kind, String name, String changedBy, LocalDateTime changedAt) {
        this.date = date;
        this.kind = kind;
        this.name = name;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** True when something changed; the change is stamped only then. */
    boolean change(LocalDate newDate, CalendarDayKind newKind, String newName, String by, LocalDateTime at) {
        if (newDate.equals(date) && newKind == kind && newName.equals(name)) {
            return false;
        }
        this.date = newDate;
        this.kind = newKind;
        this.name = newName;
        this.changedBy = by;
        this.changedAt = at;
        return true;
    }

    Long getId() {
        return id;
    }

    LocalDate getDate() {
        return date;
    }

    CalendarDayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    Long getVersion() {
        return version;
    }

    CalendarEntry toEntry() {
        return new CalendarEntry(id, date, kind, name, changedBy, changedAt, version == null ? 0 : version);
    }

    /** For the audit trail, e.g. {@code 2026-02-14 MAKEUP_WORKDAY 春节调休上班}. */
    String describe() {
        return date + " " + kind + " " + name;
    }
}
