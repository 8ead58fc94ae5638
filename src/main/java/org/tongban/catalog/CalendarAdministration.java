package org.tongban.catalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedSet;

/**
 * 工作日历维护 — the statutory holidays and make-up working days (调休) of each year, maintained by administrators
 * from the State Council's yearly notice. Only exceptions to the week are entries: one per date at most; a make-up
 * working day is always a Saturday or Sunday. Every change is audited and reaches {@link WorkingDays} at once.
 */
public interface CalendarAdministration {

    /** Longest entry name, e.g. 国庆节调休上班. */
    int NAME_MAX = 50;

    /** Largest CSV file {@link #importCsv} accepts: a year has a few dozen lines. */
    int IMPORT_MAX_BYTES = 64 * 1024;

    /** The entries of {@code year}, by date. */
    List<CalendarEntry> list(int year);

    /** How {@code year} is reckoned: from its entries, or Monday–Friday for lack of any. */
    YearStatus status(int year);

    /** Years with at least one entry, i.e. not reckoned Monday–Friday. */
    SortedSet<Integer> loadedYears();

    CalendarEntry add(EntryForm entry);

    /** Changes date, kind or name of entry {@code id}, as last seen at {@code expectedVersion}. */
    CalendarEntry change(long id, EntryForm entry, long expectedVersion);

    void remove(long id);

    /**
     * Replaces the entries of {@code year} with those of a CSV file ({@code date,kind,name} with that header, kinds
     * {@code holiday} and {@code makeup_workday}; UTF-8, or GB18030 as saved by a Chinese Excel). Dates of the
     * neighbouring years (a New Year holiday that starts on 30 December) are added or overwritten one by one, not
     * replacing their year. All or nothing: one bad line and nothing is imported; the refusal names the line.
     */
    ImportResult importCsv(int year, byte[] csv);

    /** What an administrator enters for one day. */
    record EntryForm(LocalDate date, CalendarDayKind kind, String name) implements Serializable {
    }

    record CalendarEntry(long id, LocalDate date, CalendarDayKind kind, String name, String changedBy,
                         LocalDateTime changedAt, long version) implements Serializable {
    }

    /** {@code loaded} when the year has any entry; otherwise its working days are Monday–Friday. */
    record YearStatus(int year, int holidays, int makeupWorkdays) implements Serializable {

        public boolean loaded() {
            return holidays + makeupWorkdays > 0;
        }
    }

    /**
     * @param imported   entries of {@code year} now
     * @param replaced   entries of {@code year} before
     * @param neighbours entries of the neighbouring years added or overwritten
     */
    record ImportResult(int year, int imported, int replaced, int neighbours) implements Serializable {
    }
}
