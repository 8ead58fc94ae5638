package org.tongban.catalog;

import java.time.LocalDate;
import java.util.Date;

/**
 * 工作日 — working-day arithmetic over the maintained calendar: weekends are rest days, except make-up working days
 * (调休); statutory holidays are rest days even on weekdays. Years without calendar entries fall back to Monday–Friday
 * (and say so on the calendar screen), so a missing year never stops a deadline from being computed.
 *
 * <p>Also a bean named {@code workingDays} for BPMN expressions, e.g. {@code camunda:dueDate="${workingDays.dueIn(2)}"}.
 */
public interface WorkingDays {

    boolean isWorkingDay(LocalDate date);

    /**
     * The day on which a period of {@code days} working days that starts after {@code start} ends: the day of
     * receipt is not counted (day 1 is the next working day). {@code days == 0} means the same day (即办).
     */
    LocalDate plusWorkingDays(LocalDate start, int days);

    /** Working days in {@code (from, to]}: 0 when {@code to} is not after {@code from}. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Due instant for a task created now with a limit of {@code days} working days: the end of that day. */
    Date dueIn(int days);

    /** The end of a given day as a due instant ({@code tongban.calendar.day-end}), e.g. for a stored due date. */
    Date endOf(LocalDate day);

    /**
     * The working day {@code days} working days before {@code due} (a reminder's day): the latest working day from
     * which {@code due} is at least that many working days away.
     */
    default LocalDate workingDaysBefore(LocalDate due, int days) {
        LocalDate day = due;
        int guard = 0;
        while ((workingDaysBetween(day, due) < days || !isWorkingDay(day)) && guard++ < 366) {
            day = day.minusDays(1);
        }
        return day;
    }
}
