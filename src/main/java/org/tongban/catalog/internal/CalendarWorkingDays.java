package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongban.catalog.WorkingDays;

/**
 * {@link WorkingDays} over an in-memory snapshot of the calendar: process deadlines ask often, the calendar changes
 * a few times a year. The snapshot is loaded on first use and dropped after every change ({@link #invalidate}).
 * The cache is per application instance: a change reaches another instance of the application only on its restart.
 *
 * <p>A computation that touches a year without entries logs a warning once per year and snapshot, as the calendar
 * screen shows it: that year is reckoned Monday–Friday until its notice is loaded.
 */
public class CalendarWorkingDays implements WorkingDays {

    private static final Logger log = LoggerFactory.getLogger(CalendarWorkingDays.class);
    /** Bounds the years looked at for the fallback warning on absurdly long ranges. */
    private static final int MAX_YEARS_REPORTED = 100;

    private final Clock clock;
    private final LocalTime dayEnd;
    private final Set<Integer> reportedFallbacks = ConcurrentHashMap.newKeySet();
    private final ReloadableSnapshot<WorkingCalendar> snapshot;

    CalendarWorkingDays(Supplier<WorkingCalendar> loader, Clock clock, LocalTime dayEnd) {
        this.snapshot = new ReloadableSnapshot<>(loader, reportedFallbacks::clear);
        this.clock = clock;
        this.dayEnd = dayEnd;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        WorkingCalendar calendar = calendar();
        boolean working = calendar.isWorkingDay(date);
        reportFallback(calendar, date.getYear(), date.getYear());
        return working;
    }

    @Override
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        WorkingCalendar calendar = calendar();
        LocalDate end = calendar.plusWorkingDays(start, days);
        reportFallback(calendar, start.getYear(), end.getYear());
        return end;
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        WorkingCalendar calendar = calendar();
        int count = calendar.workingDaysBetween(from, to);
        if (to.isAfter(from)) {
            reportFallback(calendar, from.plusDays(1).getYear(), to.getYear());
        }
        return count;
    }

    @Override
    public Date dueIn(int days) {
        return endOf(plusWorkingDays(LocalDate.now(clock), days));
    }

    @Override
    public Date endOf(LocalDate day) {
        return Date.from(day.atTime(dayEnd).atZone(clock.getZone()).toInstant());
    }

    /** Years with entries, as the computations see them now. */
    public SortedSet<Integer> loadedYears() {
        return calendar().years();
    }

    /** The end of a working day for due dates ({@code tongban.calendar.day-end}). */
    public LocalTime dayEnd() {
        return dayEnd;
    }

    /** Drops the snapshot now: the next computation reloads the calendar. */
    public void invalidate() {
        snapshot.invalidate();
    }

    /**
     * Drops the snapshot when the current transaction ends (a reload before the commit would see the old calendar),
     * or now when there is none.
     */
    void invalidateAfterCompletion() {
        snapshot.invalidateAfterCompletion();
    }

    private WorkingCalendar calendar() {
        return snapshot.get();
    }

    private void reportFallback(WorkingCalendar calendar, int firstYear, int lastYear) {
        int last = Math.min(lastYear, firstYear + MAX_YEARS_REPORTED);
        List<Integer> unloaded = new ArrayList<>();
        for (int year = firstYear; year <= last; year++) {
            if (!calendar.covers(year) && reportedFallbacks.add(year)) {
                unloaded.add(year);
            }
        }
        if (!unloaded.isEmpty()) {
            String years = unloaded.size() <= 3 ? unloaded.toString()
                    : unloaded.get(0) + " … " + unloaded.get(unloaded.size() - 1) + " (" + unloaded.size() + " years)";
            log.warn("The working-day calendar has no entries for {}: reckoned Monday to Friday. "
                    + "Load the holiday notice on the 工作日历 screen.", years);
        }
    }
}
