package org.tongban.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tongban.catalog.CalendarDayKind;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

    /** Named for BPMN expressions: {@code camunda:dueDate="${workingDays.dueIn(2)}"}. */
    @Bean
    CalendarWorkingDays workingDays(CalendarDays days, Clock clock,
                                    @Value("${tongban.calendar.day-end}") String dayEnd) {
        return new CalendarWorkingDays(() -> load(days), clock, parseDayEnd(dayEnd));
    }

    static WorkingCalendar load(CalendarDays days) {
        Map<LocalDate, CalendarDayKind> entries = days.findAll().stream()
                .collect(Collectors.toMap(CalendarDay::getDate, CalendarDay::getKind));
        return new WorkingCalendar(entries);
    }

    static LocalTime parseDayEnd(String value) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException exception) {
            throw new IllegalStateException("tongban.calendar.day-end must be a time of day such as \"23:59:59\" "
                    + "(quoted in YAML, which would read 23:59:59 as a number), not \"" + value + "\"", exception);
        }
    }
}
