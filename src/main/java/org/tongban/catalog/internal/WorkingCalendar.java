package org.tongban.catalog.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.tongban.catalog.CalendarDayKind;

/**
 * An immutable snapshot of the calendar and the arithmetic over it. A day listed as a holiday is a rest day and a day
 * listed as a make-up working day is worked, whatever its weekday; every other day follows the week. A year with no
 * entry at all is therefore reckoned Monday–Friday; {@link #covers} tells which years have entries.
 */
final class WorkingCalendar {

    /**
     * Longest period {@link #plusWorkingDays} accepts: about fourteen years, far beyond any legal or promised time
     * limit, and a bound on the day-by-day walk.
     */
    static final int MAX_WORKING_DAYS = 3650;

    static final WorkingCalendar EMPTY = new WorkingCalendar(Map.of());

    private final NavigableMap<LocalDate, CalendarDayKind> days;
    private final SortedSet<Integer> years;

    WorkingCalendar(Map<LocalDate, CalendarDayKind> entries) {
        this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(entries));
        TreeSet<Integer> withEntries = new TreeSet<>();
        entries.keySet().forEach(date -> withEntries.add(date.getYear()));
        this.years = Collections.unmodifiableSortedSet(withEntries);
    }

    /** Years with at least one entry. */
    SortedSet<Integer> years() {
        return years;
    }

    /** Whether {@code year} is reckoned from entries rather than Monday–Friday alone. */
    boolean covers(int year) {
        return years.contains(year);
    }

    boolean isWorkingDay(LocalDate date) {
        requireDate(date);
        CalendarDayKind kind = days.get(date);
        return kind == null ? isWeekday(date) : kind == CalendarDayKind.MAKEUP_WORKDAY;
    }

    LocalDate plusWorkingDays(LocalDate start, int days) {
        requireDate(start);
        if (days < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + days);
        }
        if (days > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("At most " + MAX_WORKING_DAYS + " working days: " + days);
        }
        // Terminates: every week outside the finite set of entries has five working days.
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Counted, not walked: weekdays of the range, corrected by the entries inside it. Any range takes the same time. */
    int workingDaysBetween(LocalDate from, LocalDate to) {
        requireDate(from);
        requireDate(to);
        if (!to.isAfter(from)) {
            return 0;
        }
        long count = weekdaysIn(from.plusDays(1), to);
        for (Map.Entry<LocalDate, CalendarDayKind> entry : days.subMap(from, false, to, true).entrySet()) {
            boolean weekday = isWeekday(entry.getKey());
            if (entry.getValue() == CalendarDayKind.HOLIDAY && weekday) {
                count--;
            } else if (entry.getValue() == CalendarDayKind.MAKEUP_WORKDAY && !weekday) {
                count++;
            }
        }
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Range too long to count in working days: " + from + " to " + to);
        }
        return (int) count;
    }

    /** Monday–Friday days in {@code [first, last]}, {@code first <= last}. */
    private static long weekdaysIn(LocalDate first, LocalDate last) {
        long length = ChronoUnit.DAYS.between(first, last) + 1;
        long count = length / 7 * 5;
        DayOfWeek day = first.getDayOfWeek();
        for (long rest = length % 7; rest > 0; rest--) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plus(1);
        }
        return count;
    }

    static boolean isWeekday(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new IllegalArgumentException("A date is required");
        }
    }
}
