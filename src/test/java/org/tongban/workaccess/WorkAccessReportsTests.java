package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;
import org.tongban.workaccess.WorkAccessReports.CategoryRow;
import org.tongban.workaccess.WorkAccessReports.OutcomeRow;
import org.tongban.workaccess.WorkAccessReports.RefusalRow;
import org.tongban.workaccess.WorkAccessReports.RefusedAttempt;
import org.tongban.workaccess.WorkAccessReports.WorkloadRow;

/**
 * 准入统计: each figure moves by what the test does (the suite shares one database, so figures are compared before
 * and after), within the viewer's scope, and the workbook carries all four.
 */
@TongbanTest
@Tag("db")
class WorkAccessReportsTests {

    private static final String MZ = "DP-MZ";
    private static final String RS = "DP-RS";
    /** A year no other test touches, so the workload figures are this class's alone to move. */
    private static final int YEAR = 2031;

    @Autowired
    WorkAccessReports reports;
    @Autowired
    DispatchGate gate;
    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private LocalDate today() {
        return fixtures.today();
    }

    private <T> T as(String user, Supplier<T> work) {
        return signIn.as(user, work);
    }

    private OutcomeRow outcomes(String user, String department) {
        return as(user, () -> reports.outcomes(today(), today())).stream()
                .filter(row -> row.departmentCode().equals(department)).findFirst()
                .orElse(new OutcomeRow(department, "", java.util.Map.of(), 0));
    }

    private CategoryRow categories(String user, String department) {
        return as(user, () -> reports.admittedByCategory(today(), today())).stream()
                .filter(row -> row.departmentCode().equals(department)).findFirst()
                .orElse(new CategoryRow(department, "", 0, 0, 0, 0));
    }

    private long refusals(String user, String department, DispatchRefusal reason) {
        return as(user, () -> reports.refusals(today(), today())).byDepartment().stream()
                .filter(row -> department.equals(row.departmentCode())).mapToLong(row -> row.count(reason)).sum();
    }

    private Optional<WorkloadRow> workload(String user, int year, String community) {
        return as(user, () -> reports.workload(year)).stream()
                .filter(row -> row.communityCode().equals(community)).findFirst();
    }

    private static List<BigDecimal> months(Optional<WorkloadRow> row) {
        return row.map(WorkloadRow::months).orElse(java.util.Collections.nCopies(12, BigDecimal.ZERO.setScale(1)));
    }

    /** A dispatch naming a decision number that does not exist: refused, recorded. */
    private String refusedDispatch(String user) {
        String number = "ZRJD-NONE-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> signIn.as(user, () -> gate.dispatch(new DispatchOrder(number, "入户核查低保对象",
                "请逐户核查并填报。", today().plusDays(5), List.of("CM001", "CM003"), List.of()), DispatchChannel.API)))
                .isInstanceOfSatisfying(DispatchRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(DispatchRefusal.NO_DECISION));
        return number;
    }

    @Test
    void requestsCountPerDepartmentByOutcomeAndAdmittedOnesByCategory() {
        OutcomeRow before = outcomes(WorkAccessFixtures.REVIEWER, MZ);
        CategoryRow categoriesBefore = categories(WorkAccessFixtures.COUNTY, MZ);

        assertThat(fixtures.admitted().status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(fixtures.submit(fixtures.draft(WorkAccessFixtures.ASSIST)).status()).isEqualTo(RequestStatus.ADMITTED);
        assertThat(fixtures.submit(fixtures.draft(WorkAccessFixtures.NEGATIVE)).status())
                .isEqualTo(RequestStatus.REFUSED);

        OutcomeRow after = outcomes(WorkAccessFixtures.REVIEWER, MZ);
        assertThat(after.departmentName()).isEqualTo("县民政局");
        assertThat(after.count(RequestStatus.ADMITTED)).isEqualTo(before.count(RequestStatus.ADMITTED) + 2);
        assertThat(after.count(RequestStatus.REFUSED)).isEqualTo(before.count(RequestStatus.REFUSED) + 1);
        assertThat(after.total()).isEqualTo(before.total() + 3);

        CategoryRow categoriesAfter = categories(WorkAccessFixtures.COUNTY, MZ);
        assertThat(categoriesAfter.duty()).isEqualTo(categoriesBefore.duty() + 1);
        assertThat(categoriesAfter.assist()).isEqualTo(categoriesBefore.assist() + 1);
        assertThat(categoriesAfter.outOfList()).isEqualTo(categoriesBefore.outOfList());
        assertThat(categoriesAfter.total()).isEqualTo(categoriesBefore.total() + 2);
    }

    @Test
    void refusedDispatchesCountPerDepartmentAndReasonWithEachAttempt() {
        long before = refusals(WorkAccessFixtures.REVIEWER, MZ, DispatchRefusal.NO_DECISION);
        String number = refusedDispatch(WorkAccessFixtures.HANDLER);

        assertThat(refusals(WorkAccessFixtures.REVIEWER, MZ, DispatchRefusal.NO_DECISION)).isEqualTo(before + 1);
        RefusedAttempt attempt = as(WorkAccessFixtures.REVIEWER, () -> reports.refusals(today(), today())).attempts()
                .stream().filter(found -> number.equals(found.decisionNumber())).findFirst().orElseThrow();
        assertThat(attempt.attemptedBy()).isEqualTo("刘洋");
        assertThat(attempt.departmentName()).isEqualTo("县民政局");
        assertThat(attempt.communities()).containsExactly("和平社区", "湖滨社区");
        assertThat(attempt.reason()).isEqualTo(DispatchRefusal.NO_DECISION);
        assertThat(attempt.channel()).isEqualTo(DispatchChannel.API);
        assertThat(attempt.title()).isEqualTo("入户核查低保对象");
        RefusalRow row = as(WorkAccessFixtures.COUNTY, () -> reports.refusals(today(), today())).byDepartment()
                .stream().filter(found -> MZ.equals(found.departmentCode())).findFirst().orElseThrow();
        assertThat(row.total()).isGreaterThanOrEqualTo(row.count(DispatchRefusal.NO_DECISION)).isPositive();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRows() {
        String ours = refusedDispatch(WorkAccessFixtures.HANDLER);
        String theirs = refusedDispatch(WorkAccessFixtures.OTHER_HANDLER);
        fixtures.admitted();

        WorkAccessReports.RefusalFigures mine = as(WorkAccessFixtures.HANDLER, () -> reports.refusals(today(), today()));
        assertThat(mine.byDepartment()).extracting(RefusalRow::departmentCode).containsExactly(MZ);
        assertThat(mine.attempts()).extracting(RefusedAttempt::decisionNumber).contains(ours).doesNotContain(theirs);
        assertThat(mine.attempts()).extracting(RefusedAttempt::departmentName).containsOnly("县民政局");
        WorkAccessReports.RefusalFigures other = as(WorkAccessFixtures.OTHER_HANDLER,
                () -> reports.refusals(today(), today()));
        assertThat(other.byDepartment()).extracting(RefusalRow::departmentCode).containsExactly(RS);
        assertThat(other.attempts()).extracting(RefusedAttempt::decisionNumber).contains(theirs).doesNotContain(ours);
        // The county sees both.
        assertThat(as(WorkAccessFixtures.COUNTY, () -> reports.refusals(today(), today())).attempts())
                .extracting(RefusedAttempt::decisionNumber).contains(ours, theirs);

        assertThat(as(WorkAccessFixtures.OTHER_HANDLER, () -> reports.outcomes(today(), today())))
                .extracting(OutcomeRow::departmentCode).doesNotContain(MZ);
        assertThat(as("sunli", () -> reports.outcomes(today(), today())))
                .extracting(OutcomeRow::departmentCode).containsOnly(MZ);
        assertThat(as(WorkAccessFixtures.OTHER_HANDLER, () -> reports.admittedByCategory(today(), today())))
                .extracting(CategoryRow::departmentCode).doesNotContain(MZ);
    }

    @Test
    void aCommunityIsRefusedTheFigures() {
        long denied = jdbc.queryForObject("""
                select count(*) from base_audit_event
                where actor = ? and action like 'workaccess.report.%' and outcome = 'DENIED'""", Long.class,
                WorkAccessFixtures.COMMUNITY_STAFF);
        List<Runnable> calls = new ArrayList<>(List.of(
                () -> reports.outcomes(today(), today()),
                () -> reports.refusals(today(), today()),
                () -> reports.admittedByCategory(today(), today()),
                () -> reports.workload(YEAR),
                () -> reports.exportExcel(today(), today(), YEAR)));
        for (Runnable call : calls) {
            assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.COMMUNITY_STAFF, call))
                    .isInstanceOfSatisfying(BusinessException.class, refused -> {
                        assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN);
                        assertThat(refused.messageKey()).isEqualTo("workaccess.report.error.forbidden");
                    });
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from base_audit_event
                where actor = ? and action like 'workaccess.report.%' and outcome = 'DENIED'""", Long.class,
                WorkAccessFixtures.COMMUNITY_STAFF)).isEqualTo(denied + calls.size());
    }

    @Test
    void aBackwardsOrOverlongRangeAndAnOddYearAreRefused() {
        for (Runnable call : List.<Runnable>of(
                () -> reports.outcomes(today(), today().minusDays(1)),
                () -> reports.refusals(today().minusDays(367), today()),
                () -> reports.admittedByCategory(null, today()))) {
            assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER, call))
                    .isInstanceOfSatisfying(BusinessException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("workaccess.report.error.range"));
        }
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.REVIEWER, () -> reports.workload(1999)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("workaccess.report.error.year"));
    }

    @Test
    void hoursAreSpreadEvenlyOverTheMonthsADecisionTouches() {
        List<BigDecimal> before = months(workload(WorkAccessFixtures.REVIEWER, YEAR, "CM003"));
        List<BigDecimal> nextBefore = months(workload(WorkAccessFixtures.REVIEWER, YEAR + 1, "CM003"));
        List<BigDecimal> otherBefore = months(workload(WorkAccessFixtures.REVIEWER, YEAR, "CM004"));

        // 12 hours from 10 March to 20 May: three months touched, 4 hours each.
        fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY).scope(TargetScope.COMMUNITIES, "CM003")
                .dates(LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 5, 20)).hours("12"));
        // 12 hours from 15 November to 10 February: four months across New Year, 3 hours each.
        fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY).scope(TargetScope.COMMUNITIES, "CM003")
                .dates(LocalDate.of(YEAR, 11, 15), LocalDate.of(YEAR + 1, 2, 10)).hours("12"));
        // Refused work puts no hours on anyone.
        fixtures.submit(fixtures.draft(WorkAccessFixtures.NEGATIVE).scope(TargetScope.COMMUNITIES, "CM003")
                .dates(LocalDate.of(YEAR, 3, 10), LocalDate.of(YEAR, 5, 20)).hours("100"));

        Optional<WorkloadRow> row = workload(WorkAccessFixtures.REVIEWER, YEAR, "CM003");
        assertThat(row).get().satisfies(found -> assertThat(found.communityName()).isEqualTo("湖滨社区"));
        List<BigDecimal> after = months(row);
        List<String> added = new ArrayList<>();
        for (int month = 0; month < 12; month++) {
            added.add(after.get(month).subtract(before.get(month)).toPlainString());
        }
        assertThat(added).containsExactly("0.0", "0.0", "4.0", "4.0", "4.0", "0.0", "0.0", "0.0", "0.0", "0.0",
                "3.0", "3.0");
        List<BigDecimal> nextAfter = months(workload(WorkAccessFixtures.REVIEWER, YEAR + 1, "CM003"));
        assertThat(nextAfter.get(0).subtract(nextBefore.get(0))).isEqualByComparingTo("3");
        assertThat(nextAfter.get(1).subtract(nextBefore.get(1))).isEqualByComparingTo("3");
        assertThat(nextAfter.get(2).subtract(nextBefore.get(2))).isEqualByComparingTo("0");
        assertThat(months(workload(WorkAccessFixtures.REVIEWER, YEAR, "CM004"))).as("not in the scope")
                .isEqualTo(otherBefore);
        // 人社局 sees none of 民政局's decisions' hours.
        assertThat(workload(WorkAccessFixtures.OTHER_HANDLER, YEAR, "CM003")).isEmpty();
    }

    @Test
    void theWorkbookHasTheFourReportsHeadedInChinese() throws Exception {
        String number = refusedDispatch(WorkAccessFixtures.HANDLER);
        fixtures.submit(fixtures.draft(WorkAccessFixtures.DUTY).scope(TargetScope.COMMUNITIES, "CM003")
                .dates(LocalDate.of(YEAR, 6, 1), LocalDate.of(YEAR, 6, 30)).hours("6"));
        byte[] workbook = as(WorkAccessFixtures.REVIEWER, () -> reports.exportExcel(today(), today(), YEAR));

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(read.getSheetName(0), read.getSheetName(1), read.getSheetName(2), read.getSheetName(3)))
                    .containsExactly("拒绝派单（减负）", "准入申请结果", "准入事项类别", "社区工作量");

            Sheet refused = read.getSheetAt(0);
            assertThat(header(refused, 1)).startsWith("部门", "无准入决定").endsWith("合计");
            assertThat(column(refused, 3)).contains(number);
            assertThat(header(read.getSheetAt(1), 1)).startsWith("部门", "民政审查中").contains("已准入", "不予准入")
                    .endsWith("合计");
            assertThat(column(read.getSheetAt(1), 0)).contains("县民政局");
            assertThat(header(read.getSheetAt(2), 1))
                    .containsExactly("部门", "依法履职事项", "协助政府工作事项", "清单外事项（县级审定）", "合计");
            Sheet workload = read.getSheetAt(3);
            assertThat(workload.getRow(0).getCell(0).getStringCellValue()).isEqualTo(YEAR + "年社区（村）预计工作量（小时）");
            assertThat(header(workload, 1)).startsWith("社区（村）", "1月").endsWith("12月", "合计").hasSize(14);
            Row hubin = null;
            for (Row row : workload) {
                if (row.getRowNum() > 1 && "湖滨社区".equals(row.getCell(0).getStringCellValue())) {
                    hubin = row;
                }
            }
            assertThat(hubin).isNotNull();
            assertThat(hubin.getCell(6).getNumericCellValue()).as("June").isGreaterThanOrEqualTo(6.0);
        }
    }

    private static List<String> header(Sheet sheet, int rowIndex) {
        List<String> cells = new ArrayList<>();
        sheet.getRow(rowIndex).forEach(cell -> cells.add(cell.getStringCellValue()));
        return cells;
    }

    private static List<String> column(Sheet sheet, int columnIndex) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(columnIndex) != null && row.getCell(columnIndex).getCellType()
                    == org.apache.poi.ss.usermodel.CellType.STRING) {
                cells.add(row.getCell(columnIndex).getStringCellValue());
            }
        }
        return cells;
    }
}
