package org.tongban.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.catalog.CalendarAdministration.CalendarEntry;
import org.tongban.catalog.CalendarAdministration.EntryForm;
import org.tongban.catalog.CalendarAdministration.ImportResult;
import org.tongban.identity.AdminFixtures;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * The calendar administration on the real database. Tests work in 2086–2090 (2088 starts on a Thursday) and leave
 * those years empty, so the seeded 2026 and every other test's deadlines stay as they are.
 */
@TongbanTest
@Tag("db")
class CalendarAdministrationTests {

    static final LocalDate NEW_YEAR = LocalDate.of(2088, 1, 1);   // Thursday
    static final LocalDate FRIDAY = LocalDate.of(2088, 1, 2);
    static final LocalDate SATURDAY = LocalDate.of(2088, 1, 3);
    static final LocalDate SUNDAY = LocalDate.of(2088, 1, 4);
    static final LocalDate MONDAY = LocalDate.of(2088, 1, 5);

    @Autowired
    CalendarAdministration calendar;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
        clearTestYears();
    }

    @AfterEach
    void clearAndSignOut() {
        signIn.as("admin");
        clearTestYears();
        SignIn.out();
    }

    private void clearTestYears() {
        IntStream.rangeClosed(2086, 2090).forEach(year -> calendar.list(year).forEach(entry -> calendar.remove(entry.id())));
    }

    @Test
    void theMigrationSeedsTheOfficial2026Arrangement() throws IOException {
        List<String> expected;
        try (InputStream csv = getClass().getResourceAsStream("/calendar/holidays_2026.csv")) {
            expected = new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
        }

        assertThat(calendar.list(2026)).extracting(entry -> entry.date() + "," + entry.kind().code() + "," + entry.name())
                .containsExactlyElementsOf(expected);
        assertThat(calendar.status(2026)).isEqualTo(new CalendarAdministration.YearStatus(2026, 33, 6));
        assertThat(calendar.loadedYears()).contains(2026);
    }

    @Test
    void deadlinesFollowEveryChangeAtOnce() {
        assertThat(workingDays.isWorkingDay(NEW_YEAR)).as("a year without entries is Monday–Friday").isTrue();
        assertThat(calendar.status(2088).loaded()).isFalse();
        assertThat(calendar.loadedYears()).doesNotContain(2088);

        CalendarEntry holiday = calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, " 元旦 "));
        CalendarEntry makeup = calendar.add(new EntryForm(SUNDAY, CalendarDayKind.MAKEUP_WORKDAY, "元旦调休上班"));

        assertThat(holiday.name()).isEqualTo("元旦");
        assertThat(holiday.changedBy()).isEqualTo("admin");
        assertThat(workingDays.isWorkingDay(NEW_YEAR)).isFalse();
        assertThat(workingDays.isWorkingDay(SUNDAY)).isTrue();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2087, 12, 31), 2)).isEqualTo(SUNDAY);
        assertThat(calendar.status(2088)).isEqualTo(new CalendarAdministration.YearStatus(2088, 1, 1));
        assertThat(calendar.loadedYears()).contains(2088);

        CalendarEntry renamed = calendar.change(holiday.id(), new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "元旦节"),
                holiday.version());
        assertThat(renamed.name()).isEqualTo("元旦节");
        CalendarEntry moved = calendar.change(holiday.id(), new EntryForm(FRIDAY, CalendarDayKind.HOLIDAY, "元旦节"),
                renamed.version());
        assertThat(moved.date()).isEqualTo(FRIDAY);
        assertThat(workingDays.isWorkingDay(NEW_YEAR)).isTrue();
        assertThat(workingDays.isWorkingDay(FRIDAY)).isFalse();

        calendar.remove(makeup.id());
        assertThat(workingDays.isWorkingDay(SUNDAY)).isFalse();
        assertThat(calendar.list(2088)).extracting(CalendarEntry::date).containsExactly(FRIDAY);

        assertThat(auditLog.search("calendar:2088-01-0", PageRequest.of(0, 20)).getContent())
                .extracting(entry -> entry.action() + " " + entry.target())
                .contains("admin.calendar.add calendar:2088-01-01", "admin.calendar.add calendar:2088-01-04",
                        "admin.calendar.change calendar:2088-01-01", "admin.calendar.change calendar:2088-01-02",
                        "admin.calendar.remove calendar:2088-01-04");
    }

    @Test
    void aDayHasOneEntryAndAConflictSaysWhichEntryHasIt() {
        calendar.add(new EntryForm(SATURDAY, CalendarDayKind.MAKEUP_WORKDAY, "元旦调休上班"));
        CalendarEntry holiday = calendar.add(new EntryForm(SUNDAY, CalendarDayKind.HOLIDAY, "元旦"));

        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(SATURDAY, CalendarDayKind.HOLIDAY, "元旦"))))
                .isEqualTo("2088-01-03 已是调休上班日（元旦调休上班），不能再设为节假日。如安排有变，请编辑该条目。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(SUNDAY, CalendarDayKind.MAKEUP_WORKDAY, "调休"))))
                .isEqualTo("2088-01-04 已是节假日（元旦），不能再设为调休上班日。如安排有变，请编辑该条目。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(SUNDAY, CalendarDayKind.HOLIDAY, "春节"))))
                .isEqualTo("2088-01-04 已有节假日条目（元旦），同一天只能有一条。请编辑该条目。");
        assertThat(fixtures.refusal(() -> calendar.change(holiday.id(),
                new EntryForm(SATURDAY, CalendarDayKind.HOLIDAY, "元旦"), holiday.version())))
                .isEqualTo("2088-01-03 已是调休上班日（元旦调休上班），不能再设为节假日。如安排有变，请编辑该条目。");
        assertThat(fixtures.englishRefusal(() -> calendar.add(new EntryForm(SATURDAY, CalendarDayKind.HOLIDAY, "元旦"))))
                .isEqualTo("2088-01-03 is already a make-up working day (元旦调休上班) and cannot also be a public holiday. "
                        + "If the arrangement changed, edit that entry.");
        assertThat(calendar.list(2088)).hasSize(2);
    }

    @Test
    void refusesIncompleteEntriesAndMakeUpDaysOnWeekdays() {
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(null, CalendarDayKind.HOLIDAY, "元旦"))))
                .isEqualTo("请填写日期。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(NEW_YEAR, null, "元旦"))))
                .isEqualTo("请选择类型：节假日或调休上班日。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "  "))))
                .isEqualTo("请填写名称，例如“春节”。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "节".repeat(51)))))
                .isEqualTo("名称不能超过 50 个字。");
        assertThat(fixtures.refusal(() -> calendar.add(new EntryForm(MONDAY, CalendarDayKind.MAKEUP_WORKDAY, "调休"))))
                .isEqualTo("2088-01-05 是星期一，本来就是工作日，不能设为调休上班日；调休上班日只能是周六或周日。");
        assertThat(fixtures.englishRefusal(() -> calendar.add(new EntryForm(MONDAY, CalendarDayKind.MAKEUP_WORKDAY, "调休"))))
                .isEqualTo("2088-01-05 is a Monday and a working day anyway; only a Saturday or Sunday can be a make-up "
                        + "working day.");

        assertThat(calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "节".repeat(50))).name()).hasSize(50);
    }

    @Test
    void refusesStaleAndVanishedEntries() {
        CalendarEntry holiday = calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "元旦"));
        calendar.change(holiday.id(), new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "元旦节"), holiday.version());

        assertThat(fixtures.refusal(() -> calendar.change(holiday.id(),
                new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "新年"), holiday.version())))
                .isEqualTo("该条目已被他人修改，请刷新后重试。");
        calendar.remove(holiday.id());
        assertThat(fixtures.refusal(() -> calendar.remove(holiday.id()))).isEqualTo("该条目已不存在，请刷新后重试。");
    }

    @Test
    void reimportingAYearReplacesItsEntries() {
        ImportResult first = calendar.importCsv(2088, csv("""
                date,kind,name
                2088-01-01,holiday,元旦
                2088-01-02,holiday,元旦
                2088-01-04,makeup_workday,元旦调休上班
                """));
        assertThat(first).isEqualTo(new ImportResult(2088, 3, 0, 0));
        assertThat(workingDays.isWorkingDay(SUNDAY)).isTrue();

        ImportResult second = calendar.importCsv(2088, csv("""
                date,kind,name
                2088-01-01,holiday,元旦

                2088-01-03,makeup_workday,"元旦调休上班, 按通知"
                """));

        assertThat(second).isEqualTo(new ImportResult(2088, 2, 3, 0));
        assertThat(calendar.list(2088)).extracting(entry -> entry.date() + " " + entry.name())
                .containsExactly("2088-01-01 元旦", "2088-01-03 元旦调休上班, 按通知");
        assertThat(workingDays.isWorkingDay(SUNDAY)).as("the old make-up day is gone").isFalse();
        assertThat(workingDays.isWorkingDay(SATURDAY)).isTrue();
        assertThat(auditLog.search("calendar:2088", PageRequest.of(0, 10)).getContent())
                .filteredOn(entry -> entry.action().equals("admin.calendar.import"))
                .extracting(AuditEntry::detail).contains("3 → 2 entries", "0 → 3 entries");
    }

    @Test
    void datesOfTheNeighbouringYearsAreMergedNotReplaced() {
        calendar.add(new EntryForm(LocalDate.of(2087, 10, 1), CalendarDayKind.HOLIDAY, "国庆节"));
        calendar.add(new EntryForm(LocalDate.of(2087, 12, 31), CalendarDayKind.HOLIDAY, "旧名称"));

        ImportResult result = calendar.importCsv(2088, csv("""
                date,kind,name
                2087-12-31,holiday,元旦
                2088-01-01,holiday,元旦
                """));

        assertThat(result).isEqualTo(new ImportResult(2088, 1, 0, 1));
        assertThat(calendar.list(2087)).extracting(entry -> entry.date() + " " + entry.name())
                .containsExactly("2087-10-01 国庆节", "2087-12-31 元旦");
    }

    @Test
    void aBadLineImportsNothing() {
        calendar.importCsv(2088, csv("""
                date,kind,name
                2088-01-01,holiday,元旦
                """));
        calendar.add(new EntryForm(LocalDate.of(2087, 12, 31), CalendarDayKind.HOLIDAY, "元旦"));
        long importsBefore = imports();

        String refusal = fixtures.refusal(() -> calendar.importCsv(2088, csv("""
                date,kind,name
                2087-12-31,holiday,除夕
                2088-01-02,holiday,元旦
                2088-01-03,holiday,元旦
                2088-02-30,holiday,春节
                """)));

        assertThat(refusal).isEqualTo("第 5 行：日期“2088-02-30”无效，应写作 2026-10-01 这样的格式。未导入任何条目，请改正后重新导入。");
        assertThat(calendar.list(2088)).extracting(CalendarEntry::date).containsExactly(NEW_YEAR);
        assertThat(calendar.list(2087)).extracting(CalendarEntry::name).containsExactly("元旦");
        assertThat(workingDays.isWorkingDay(FRIDAY)).isTrue();
        assertThat(imports()).isEqualTo(importsBefore);
    }

    private long imports() {
        return auditLog.search("admin.calendar.import", PageRequest.of(0, 1)).getTotalElements();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("", "文件是空的。请上传首行为表头 date,kind,name 的 CSV 文件。"),
                Arguments.of("日期,类型,名称\n2088-01-01,holiday,元旦\n", "第 1 行应为表头“date,kind,name”，实际为“日期,类型,名称”。未导入任何条目。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday\n", "第 2 行：应有 3 列（日期、类型、名称），实际为 2 列。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday,元旦,多余\n", "第 2 行：应有 3 列（日期、类型、名称），实际为 4 列。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday,\"元旦\n", "第 2 行：引号未闭合。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n01/01/2088,holiday,元旦\n", "第 2 行：日期“01/01/2088”无效，应写作 2026-10-01 这样的格式。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,day_off,元旦\n", "第 2 行：类型“day_off”无效，应为 holiday（节假日）或 makeup_workday（调休上班日）。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday,元旦\n2088-1-1,holiday,元旦\n", "第 3 行：日期 2088-01-01 与第 2 行重复。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday,  \n", "第 2 行：请填写名称，例如“春节”。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-05,makeup_workday,调休\n", "第 2 行：2088-01-05 是星期一，本来就是工作日，不能设为调休上班日；调休上班日只能是周六或周日。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2088-01-01,holiday,元旦\n2090-01-01,holiday,元旦\n", "第 3 行：日期 2090-01-01 既不属于 2088 年，也不属于相邻年份。未导入任何条目，请改正后重新导入。"),
                Arguments.of("date,kind,name\n2087-12-31,holiday,元旦\n", "文件中没有 2088 年的日期，请检查所选年份。未导入任何条目。"),
                Arguments.of("date,kind,name\n" + "2088-01-01,holiday,元旦\n".repeat(3000), "文件超过 64 KB，不像一年的节假日安排。未导入任何条目。"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void namesTheProblemOfABadFile(String file, String message) {
        assertThat(fixtures.refusal(() -> calendar.importCsv(2088, csv(file)))).isEqualTo(message);
        assertThat(calendar.list(2088)).isEmpty();
    }

    @Test
    void readsWhatExcelWrites() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = csv("date,kind,name\r\n2088/1/1,HOLIDAY,元旦\r\n");
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        assertThat(calendar.importCsv(2088, withBom).imported()).isEqualTo(1);

        byte[] gbk = "date,kind,name\r\n2088-01-01,holiday,元旦\r\n2088-01-03,makeup_workday,元旦调休上班\r\n"
                .getBytes(Charset.forName("GBK"));
        assertThat(calendar.importCsv(2088, gbk)).isEqualTo(new ImportResult(2088, 2, 1, 0));
        assertThat(calendar.list(2088)).extracting(CalendarEntry::name).containsExactly("元旦", "元旦调休上班");
    }

    @Test
    void theEnglishRefusalNamesTheLineToo() {
        assertThat(fixtures.englishRefusal(() -> calendar.importCsv(2088, csv("date,kind,name\n2088-02-30,holiday,春节\n"))))
                .isEqualTo("Line 2: The date \"2088-02-30\" is not valid; write it like 2026-10-01. "
                        + "Nothing was imported; correct the line and import again.");
    }

    @Test
    void onlyAdministratorsMayMaintainTheCalendar() {
        CalendarEntry holiday = calendar.add(new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "元旦"));
        signIn.as("wangfang");

        assertThrows(AccessDeniedException.class, () -> calendar.list(2026));
        assertThrows(AccessDeniedException.class, () -> calendar.status(2026));
        assertThrows(AccessDeniedException.class, () -> calendar.loadedYears());
        assertThrows(AccessDeniedException.class,
                () -> calendar.add(new EntryForm(FRIDAY, CalendarDayKind.HOLIDAY, "元旦")));
        assertThrows(AccessDeniedException.class, () -> calendar.change(holiday.id(),
                new EntryForm(NEW_YEAR, CalendarDayKind.HOLIDAY, "新年"), holiday.version()));
        assertThrows(AccessDeniedException.class, () -> calendar.remove(holiday.id()));
        assertThrows(AccessDeniedException.class,
                () -> calendar.importCsv(2088, csv("date,kind,name\n2088-01-02,holiday,元旦\n")));
        SignIn.out();
        assertThrows(Exception.class, () -> calendar.list(2026));

        signIn.as("admin");
        assertThat(calendar.list(2088)).extracting(CalendarEntry::name).containsExactly("元旦");
        // Everyone's deadlines use the calendar: the computations are not restricted.
        signIn.as("wangfang");
        assertThat(workingDays.isWorkingDay(NEW_YEAR)).isFalse();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
