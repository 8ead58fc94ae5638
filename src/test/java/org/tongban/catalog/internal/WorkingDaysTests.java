package org.tongban.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.catalog.CalendarDayKind;
import org.tongban.catalog.WorkingDays;

/**
 * Working-day arithmetic over the official 2026 arrangement (国务院办公厅关于2026年部分节假日安排的通知), read from the
 * same CSV the migration was copied from, with the import's own parser. 2027 has no entries: Monday–Friday.
 */
class WorkingDaysTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static Map<LocalDate, CalendarDayKind> entries2026;

    @BeforeAll
    static void readTheNotice() throws IOException {
        try (InputStream csv = WorkingDaysTests.class.getResourceAsStream("/calendar/holidays_2026.csv")) {
            entries2026 = CalendarCsv.parse(csv.readAllBytes(), 2026).stream()
                    .collect(Collectors.toMap(CalendarCsv.Line::date, CalendarCsv.Line::kind));
        }
    }

    static CalendarWorkingDays workingDays(Clock clock, LocalTime dayEnd) {
        return new CalendarWorkingDays(() -> new WorkingCalendar(entries2026), clock, dayEnd);
    }

    static WorkingDays workingDays() {
        return workingDays(Clock.fixed(Instant.parse("2026-02-13T02:00:00Z"), SHANGHAI), LocalTime.of(23, 59, 59));
    }

    @Test
    void theNoticeHasItsThirtyNineDays() {
        assertThat(entries2026).hasSize(39);
        assertThat(entries2026.values()).filteredOn(kind -> kind == CalendarDayKind.MAKEUP_WORKDAY).hasSize(6);
    }

    @ParameterizedTest(name = "{0} {1} is a working day: {2}")
    @CsvSource({
            // New Year: Thu–Sat off, Sunday 1-4 worked
            "2026-01-01, Thu, false", "2026-01-02, Fri, false", "2026-01-03, Sat, false",
            "2026-01-04, Sun, true", "2026-01-05, Mon, true",
            // Spring Festival: Saturday 2-14 worked, 2-15..2-23 off, Saturday 2-28 worked
            "2026-02-13, Fri, true", "2026-02-14, Sat, true", "2026-02-15, Sun, false", "2026-02-16, Mon, false",
            "2026-02-20, Fri, false", "2026-02-21, Sat, false", "2026-02-23, Mon, false", "2026-02-24, Tue, true",
            "2026-02-28, Sat, true", "2026-03-01, Sun, false",
            // An ordinary weekend and weekday of a loaded year
            "2026-03-07, Sat, false", "2026-03-09, Mon, true",
            // Mid-Autumn and National Day: Sunday 9-20 worked, 9-25..27 and 10-1..7 off, Saturday 10-10 worked
            "2026-09-19, Sat, false", "2026-09-20, Sun, true", "2026-09-25, Fri, false", "2026-09-26, Sat, false",
            "2026-09-27, Sun, false", "2026-09-28, Mon, true", "2026-09-30, Wed, true", "2026-10-01, Thu, false",
            "2026-10-05, Mon, false", "2026-10-07, Wed, false", "2026-10-08, Thu, true", "2026-10-10, Sat, true",
            "2026-10-11, Sun, false",
            // 2027 has no entries: Monday–Friday, even on what will be New Year's Day
            "2027-01-01, Fri, true", "2027-02-06, Sat, false", "2027-02-08, Mon, true"
    })
    void knowsWhichDaysAreWorked(LocalDate date, String weekday, boolean working) {
        assertThat(date.getDayOfWeek().name()).startsWith(weekday.toUpperCase());
        assertThat(workingDays().isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            // 0 = the same day (即办), even on a rest day
            "2026-02-13, 0, 2026-02-13", "2026-02-15, 0, 2026-02-15",
            // Spring Festival
            "2026-02-13, 1, 2026-02-14", "2026-02-13, 2, 2026-02-24", "2026-02-12, 3, 2026-02-24",
            "2026-02-14, 1, 2026-02-24", "2026-02-15, 1, 2026-02-24", "2026-02-24, 4, 2026-02-28",
            "2026-02-27, 1, 2026-02-28", "2026-02-28, 1, 2026-03-02",
            // Mid-Autumn and National Day
            "2026-09-18, 1, 2026-09-20", "2026-09-20, 4, 2026-09-24", "2026-09-24, 1, 2026-09-28",
            "2026-09-30, 1, 2026-10-08", "2026-10-08, 2, 2026-10-10", "2026-10-10, 1, 2026-10-12",
            "2026-09-18, 11, 2026-10-10",
            // New Year: from the unloaded 2025 into 2026, where Sunday 1-4 is worked
            "2025-12-31, 1, 2026-01-04", "2026-01-03, 1, 2026-01-04",
            // Across the end of 2026 into the unloaded 2027 (Monday–Friday)
            "2026-12-31, 1, 2027-01-01", "2026-12-30, 3, 2027-01-04", "2027-02-05, 1, 2027-02-08",
            // A legal limit of 20 working days over the Spring Festival
            "2026-02-09, 20, 2026-03-13"
    })
    void addsWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertThat(workingDays().plusWorkingDays(start, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
            "2026-02-13, 2026-02-13, 0", "2026-02-24, 2026-02-13, 0", "2026-02-13, 2026-02-24, 2",
            "2026-02-14, 2026-02-23, 0", "2026-09-30, 2026-10-08, 1", "2026-09-18, 2026-10-10, 11",
            // The whole of 2026: 261 weekdays, 19 of them holidays, 6 worked weekend days
            "2025-12-31, 2026-12-31, 248",
            // 2027 alone: 261 weekdays
            "2026-12-31, 2027-12-31, 261"
    })
    void countsWorkingDaysBetween(LocalDate from, LocalDate to, int expected) {
        assertThat(workingDays().workingDaysBetween(from, to)).isEqualTo(expected);
    }

    @Test
    void countingAndAddingAgreeOnEveryStartOf2026() {
        WorkingDays days = workingDays();
        for (LocalDate start = LocalDate.of(2025, 12, 1); start.isBefore(LocalDate.of(2027, 1, 31)); start = start.plusDays(1)) {
            for (int n : new int[] {1, 2, 5, 20}) {
                LocalDate end = days.plusWorkingDays(start, n);
                assertThat(days.isWorkingDay(end)).as("%s + %d", start, n).isTrue();
                assertThat(days.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
            }
        }
    }

    @Test
    void dueInEndsTheLastWorkingDayInTheConfiguredZone() {
        // Friday 13 February 2026, 10:00 in Shanghai
        assertThat(workingDays().dueIn(0).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 2, 13, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(workingDays().dueIn(2).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 2, 24, 23, 59, 59, 0, SHANGHAI).toInstant());

        // 00:30 on Saturday 14 February in Shanghai is still the 13th in UTC: the platform's zone decides the day.
        Clock afterMidnight = Clock.fixed(Instant.parse("2026-02-13T16:30:00Z"), SHANGHAI);
        assertThat(workingDays(afterMidnight, LocalTime.of(17, 30)).dueIn(1).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 2, 24, 17, 30, 0, 0, SHANGHAI).toInstant());
    }

    @Test
    void refusesAbsurdInput() {
        WorkingDays days = workingDays();
        LocalDate friday = LocalDate.of(2026, 2, 13);

        assertThatThrownBy(() -> days.plusWorkingDays(friday, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.dueIn(-2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.plusWorkingDays(friday, WorkingCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.plusWorkingDays(friday, Integer.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.plusWorkingDays(null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.isWorkingDay(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> days.workingDaysBetween(friday, null)).isInstanceOf(IllegalArgumentException.class);
        // More working days than an int holds
        assertThatThrownBy(() -> days.workingDaysBetween(LocalDate.MIN, LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void hugeRangesAreCountedNotWalked() {
        WorkingDays days = workingDays();
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            assertThat(days.plusWorkingDays(LocalDate.of(2026, 1, 1), WorkingCalendar.MAX_WORKING_DAYS))
                    .isBetween(LocalDate.of(2039, 1, 1), LocalDate.of(2041, 1, 1));
            int millennia = days.workingDaysBetween(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));
            int split = days.workingDaysBetween(LocalDate.of(1, 1, 1), LocalDate.of(2026, 6, 30))
                    + days.workingDaysBetween(LocalDate.of(2026, 6, 30), LocalDate.of(9999, 12, 31));
            assertThat(millennia).isEqualTo(split);
        });
    }

    @Test
    void reportsWhichYearsAreLoaded() {
        CalendarWorkingDays days = workingDays(Clock.system(SHANGHAI), LocalTime.MAX);
        assertThat(days.loadedYears()).containsExactly(2026);
        assertThat(new CalendarWorkingDays(() -> WorkingCalendar.EMPTY, Clock.system(SHANGHAI), LocalTime.MAX)
                .loadedYears()).isEmpty();
    }

    @Test
    void loadsOnceUntilInvalidated() {
        AtomicInteger loads = new AtomicInteger();
        CalendarWorkingDays days = new CalendarWorkingDays(() -> {
            loads.incrementAndGet();
            return new WorkingCalendar(entries2026);
        }, Clock.system(SHANGHAI), LocalTime.MAX);

        days.isWorkingDay(LocalDate.of(2026, 2, 14));
        days.plusWorkingDays(LocalDate.of(2026, 2, 14), 3);
        days.dueIn(1);
        assertThat(loads).hasValue(1);

        days.invalidate();
        days.isWorkingDay(LocalDate.of(2026, 2, 14));
        days.isWorkingDay(LocalDate.of(2026, 2, 15));
        assertThat(loads).hasValue(2);
    }

    @Test
    void aLoadOvertakenByAChangeIsNotKept() {
        AtomicInteger loads = new AtomicInteger();
        AtomicReference<CalendarWorkingDays> self = new AtomicReference<>();
        Supplier<WorkingCalendar> loader = () -> {
            if (loads.incrementAndGet() == 1) {
                self.get().invalidate(); // an administrator's change commits while the first load is reading
                return WorkingCalendar.EMPTY;
            }
            return new WorkingCalendar(entries2026);
        };
        self.set(new CalendarWorkingDays(loader, Clock.system(SHANGHAI), LocalTime.MAX));

        assertThat(self.get().isWorkingDay(LocalDate.of(2026, 2, 14))).as("the stale load still answers its caller").isFalse();
        assertThat(self.get().isWorkingDay(LocalDate.of(2026, 2, 14))).as("but is not cached").isTrue();
        assertThat(loads).hasValue(2);
    }

    @Test
    void theDayEndMustBeATimeOfDay() {
        assertThat(CalendarConfiguration.parseDayEnd(" 17:30 ")).isEqualTo(LocalTime.of(17, 30));
        // What YAML makes of an unquoted 23:59:59 (a base-60 number)
        assertThatThrownBy(() -> CalendarConfiguration.parseDayEnd("86399"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quoted");
    }
}
