package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProjectDashboard.BudgetUse;
import org.tongban.purchasedservice.ProjectDashboard.Figures;
import org.tongban.purchasedservice.ProjectDashboard.MilestoneDue;
import org.tongban.purchasedservice.ProjectDashboard.PendingEvaluation;
import org.tongban.purchasedservice.ProjectDashboard.ProviderGrades;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 项目看板 on projects driven through their stages (CI reruns it on MariaDB): counts per stage, a budget line's use,
 * milestones overdue and due soon, evaluations under way, grades by provider; each viewer sees the projects of the
 * project list and no more; the workbook of the same scope. The shared database holds other tests' projects too, so
 * counts are compared before and after.
 */
@TongbanTest
@Tag("db")
class ProjectDashboardTests {

    /** 人社局: a buying unit with no project manager in the demo; its project is written straight to the table. */
    private static final String OTHER_UNIT = "DP-RS";

    @Autowired
    ProjectDashboard dashboard;
    @Autowired
    ServiceProjects projects;
    @Autowired
    PerformanceEvaluations evaluations;
    @Autowired
    Delivery delivery;
    @Autowired
    BudgetLines budgetLines;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private Figures figures(String viewer) {
        return signIn.as(viewer, () -> dashboard.figures(fixtures.today().getYear()));
    }

    private static BudgetUse line(Figures figures, BudgetLineEntry line) {
        return figures.budget().stream().filter(use -> use.lineId() == line.id()).findFirst().orElseThrow();
    }

    private static ProviderGrades provider(Figures figures, String code) {
        return figures.grades().stream().filter(grades -> grades.providerCode().equals(code)).findFirst()
                .orElse(new ProviderGrades(code, null, java.util.Map.of(), 0, BigDecimal.ZERO));
    }

    private static List<MilestoneDue> milestonesOf(Figures figures, ProjectReceipt receipt) {
        return figures.milestones().stream().filter(due -> due.projectId() == receipt.id()).toList();
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey()).isEqualTo(messageKey);
    }

    private long audited(String action, String outcome) {
        return jdbc.queryForObject("select count(*) from base_audit_event where action = ? and outcome = ?",
                Long.class, action, outcome);
    }

    /** The contract's dates are in the future; moving one stands in for the days passing. */
    private void moveDueDate(ProjectReceipt receipt, int position, int daysFromToday) {
        jdbc.update("update ps_milestone set due_on = ? where project_id = ? and position = ?",
                Date.valueOf(fixtures.today().plusDays(daysFromToday)), receipt.id(), position);
    }

    @Test
    void stagesBudgetMilestonesEvaluationsAndGradesFollowTheProjects() {
        BudgetLineEntry budgetLine = fixtures.line("2000000");
        Figures before = figures(ProjectFixtures.MANAGER);

        fixtures.initiate(fixtures.draft(budgetLine));
        ProjectReceipt delivering = fixtures.contracted(fixtures.draft(budgetLine));
        ProjectReceipt graded = fixtures.graded(fixtures.draft(budgetLine), 0.96);
        ProjectReceipt evaluating = fixtures.accepted(fixtures.draft(budgetLine));
        signIn.as(ProjectFixtures.MANAGER, () -> evaluations.assignEvaluators(
                fixtures.taskId(evaluating, "Task_AssignEvaluators"), List.of("zhengxue", "fengtao")));
        fixtures.evaluate(evaluating, "zhengxue", 0.9);
        long firstOfGraded = fixtures.delivery(graded.id()).milestones().get(0).id();
        signIn.as(ProjectFixtures.FINANCE, () -> delivery.pay(firstOfGraded, fixtures.today(), "84000", "PZ-KB-001"));
        moveDueDate(delivering, 0, -3);
        moveDueDate(delivering, 1, 5);

        Figures after = figures(ProjectFixtures.MANAGER);

        assertThat(after.stages().get(ProjectStatus.BUDGET_REVIEW))
                .isEqualTo(before.stages().get(ProjectStatus.BUDGET_REVIEW) + 1);
        assertThat(after.stages().get(ProjectStatus.CONTRACTED))
                .isEqualTo(before.stages().get(ProjectStatus.CONTRACTED) + 1);
        assertThat(after.stages().get(ProjectStatus.GRADED)).isEqualTo(before.stages().get(ProjectStatus.GRADED) + 1);
        assertThat(after.stages().get(ProjectStatus.UNDER_EVALUATION))
                .isEqualTo(before.stages().get(ProjectStatus.UNDER_EVALUATION) + 1);
        assertThat(after.projects()).isEqualTo(before.projects() + 4);

        // Three approved at 300,000, contracted at 280,000 each (30/40/30); one payment recorded.
        BudgetUse use = line(after, budgetLine);
        assertThat(use.planned()).isEqualByComparingTo("2000000");
        assertThat(use.committed()).isEqualByComparingTo("900000");
        assertThat(use.contracted()).isEqualByComparingTo("840000");
        assertThat(use.paid()).isEqualByComparingTo("84000");
        assertThat(use.payable()).isEqualByComparingTo("308000");
        assertThat(use.usedPercent()).isEqualByComparingTo("45.0");
        assertThat(use.departmentName()).isEqualTo("县民政局");

        assertThat(after.dueDays()).isEqualTo(14);
        assertThat(after.overdue()).isEqualTo(before.overdue() + 1);
        assertThat(after.dueSoon()).isEqualTo(before.dueSoon() + 1);
        assertThat(milestonesOf(after, delivering)).extracting(MilestoneDue::name, MilestoneDue::overdue,
                        MilestoneDue::daysLate, MilestoneDue::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("第1阶段", true, 3L, "PENDING"),
                        org.assertj.core.groups.Tuple.tuple("第2阶段", false, 0L, "PENDING"));
        assertThat(milestonesOf(after, graded)).as("reported and passed: nothing is due").isEmpty();

        assertThat(after.evaluationsPending()).isEqualTo(before.evaluationsPending() + 1);
        PendingEvaluation pending = after.evaluations().stream().filter(entry -> entry.projectId() == evaluating.id())
                .findFirst().orElseThrow();
        assertThat(pending.evaluators()).isEqualTo(2);
        assertThat(pending.submitted()).isEqualTo(1);
        assertThat(pending.providerName()).isEqualTo("云溪县阳光社会工作服务中心");
        assertThat(pending.deadline()).isAfter(fixtures.today());
        assertThat(pending.overdue()).isFalse();

        ProviderGrades sunshine = provider(after, "PV001");
        assertThat(sunshine.count(EvaluationGrade.EXCELLENT))
                .isEqualTo(provider(before, "PV001").count(EvaluationGrade.EXCELLENT) + 1);
        assertThat(sunshine.graded()).isEqualTo(provider(before, "PV001").graded() + 1);
        assertThat(sunshine.averageScore()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
    }

    @Test
    void eachViewerSeesTheProjectsOfTheProjectListAndNoMore() {
        BudgetLineEntry otherLine = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(
                new BudgetLines.BudgetLineDraft("KB-RS-" + System.nanoTime() % 1_000_000_000, OTHER_UNIT,
                        fixtures.today().getYear(), "人社购买服务", "500000")));
        Figures managerBefore = figures(ProjectFixtures.MANAGER);
        Figures financeBefore = figures(ProjectFixtures.FINANCE);
        Figures otherBefore = figures(ProjectFixtures.OTHER_DEPARTMENT);
        Figures evaluatorBefore = figures(ProjectFixtures.SPARE_EVALUATOR);

        insertClosedProject(otherLine);
        fixtures.initiate(fixtures.draft(fixtures.line("1000000")));

        Figures manager = figures(ProjectFixtures.MANAGER);
        assertThat(manager.projects()).isEqualTo(managerBefore.projects() + 1)
                .isEqualTo(signIn.as(ProjectFixtures.MANAGER, () -> projects.count(ProjectQuery.all())));
        assertThat(manager.stages().get(ProjectStatus.CLOSED))
                .isEqualTo(managerBefore.stages().get(ProjectStatus.CLOSED));
        assertThat(manager.budget()).extracting(BudgetUse::lineId).doesNotContain(otherLine.id());

        Figures other = figures(ProjectFixtures.OTHER_DEPARTMENT);
        assertThat(other.projects()).isEqualTo(otherBefore.projects() + 1)
                .isEqualTo(signIn.as(ProjectFixtures.OTHER_DEPARTMENT, () -> projects.count(ProjectQuery.all())));
        assertThat(other.budget()).extracting(BudgetUse::departmentName).containsOnly("县人力资源和社会保障局");

        Figures finance = figures(ProjectFixtures.FINANCE);
        assertThat(finance.projects()).isEqualTo(financeBefore.projects() + 2)
                .isEqualTo(signIn.as(ProjectFixtures.FINANCE, () -> projects.count(ProjectQuery.all())));
        assertThat(finance.budget()).extracting(BudgetUse::lineId).contains(otherLine.id());

        // An evaluator sees only the projects they are named on, and no department's budget.
        Figures evaluator = figures(ProjectFixtures.SPARE_EVALUATOR);
        assertThat(evaluator.projects()).isEqualTo(evaluatorBefore.projects())
                .isEqualTo(signIn.as(ProjectFixtures.SPARE_EVALUATOR, () -> projects.count(ProjectQuery.all())));
        assertThat(evaluator.budget()).isEmpty();
    }

    @Test
    void aProviderIsRefusedAndTheRefusalIsRecorded() {
        long denied = audited("purchasedservice.dashboard", "DENIED");
        long deniedExports = audited("purchasedservice.dashboard.export", "DENIED");

        assertRefused(() -> figures(ProjectFixtures.PROVIDER_A), "purchasedservice.error.dashboard-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.PROVIDER_A, () -> dashboard.workbook()),
                "purchasedservice.error.dashboard-forbidden");
        assertRefused(() -> signIn.as("wangfang", () -> dashboard.figures(fixtures.today().getYear())),
                "purchasedservice.error.dashboard-forbidden");

        assertThat(audited("purchasedservice.dashboard", "DENIED")).isEqualTo(denied + 2);
        assertThat(audited("purchasedservice.dashboard.export", "DENIED")).isEqualTo(deniedExports + 1);
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> dashboard.figures(1999)),
                "purchasedservice.error.dashboard-year");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> dashboard.figures(fixtures.today().getYear() + 3)),
                "purchasedservice.error.dashboard-year");
    }

    @Test
    void theWorkbookHoldsTheProjectsPaymentsAndResultsInScopeAndIsAudited() throws IOException {
        BudgetLineEntry otherLine = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(
                new BudgetLines.BudgetLineDraft("KB-RS-" + System.nanoTime() % 1_000_000_000, OTHER_UNIT,
                        fixtures.today().getYear(), "人社购买服务", "500000")));
        String otherNumber = insertClosedProject(otherLine);
        ProjectReceipt graded = fixtures.graded(fixtures.draft(fixtures.line("1000000")), 0.96);
        long exports = audited("purchasedservice.dashboard.export", "ALLOWED");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(signIn.as(ProjectFixtures.MANAGER,
                () -> dashboard.workbook())))) {
            assertThat(List.of(workbook.getSheetAt(0).getSheetName(), workbook.getSheetAt(1).getSheetName(),
                    workbook.getSheetAt(2).getSheetName())).containsExactly("项目", "付款", "绩效评价");
            List<String> project = rowOf(workbook.getSheet("项目"), graded.projectNumber());
            assertThat(project).contains("城关街道困境儿童关爱服务项目", "县民政局", "吴浩", "评价待确认", "询价",
                    "云溪县阳光社会工作服务中心", "300000", "280000");
            assertThat(rowOf(workbook.getSheet("项目"), otherNumber)).as("another unit's project").isEmpty();
            assertThat(cells(workbook.getSheet("付款"))).filteredOn(line -> line.contains(graded.projectNumber()))
                    .extracting(line -> line.get(6)).containsExactly("可支付", "可支付", "待绩效评价");
            assertThat(rowOf(workbook.getSheet("绩效评价"), graded.projectNumber())).contains("优");
            assertThat(workbook.getSheet("项目").getColumnWidth(1)).as("the title column, 36 characters")
                    .isEqualTo(36 * 256);
        }
        assertThat(audited("purchasedservice.dashboard.export", "ALLOWED")).isEqualTo(exports + 1);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(signIn.as(ProjectFixtures.FINANCE,
                () -> dashboard.workbook())))) {
            assertThat(rowOf(workbook.getSheet("项目"), otherNumber)).contains("已结项");
        }
    }

    /** A closed project of the other unit, as if it had gone through its stages. */
    private String insertClosedProject(BudgetLineEntry line) {
        String number = "GM-KB-" + System.nanoTime() % 1_000_000_000;
        jdbc.update("insert into ps_project (project_number, department_code, department_name, manager, title, need,"
                + " target_group, content, outputs, outcomes, budget_amount, budget_line_id, duration_months,"
                + " circumstance, public_commitment, status, created_at, selection_round, version)"
                + " values (?, ?, '县人力资源和社会保障局', 'gaojie', '就业困难人员帮扶服务', '需求', '对象', '内容', '产出',"
                + " '效果', 100000, ?, 12, 'NONE', false, 'CLOSED', ?, 0, 0)", number, OTHER_UNIT, line.id(),
                Timestamp.valueOf(fixtures.now()));
        return number;
    }

    private static List<String> rowOf(Sheet sheet, String projectNumber) {
        return cells(sheet).stream().filter(line -> !line.isEmpty() && line.get(0).equals(projectNumber)).findFirst()
                .orElse(List.of());
    }

    private static List<List<String>> cells(Sheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        for (Row row : sheet) {
            List<String> line = new ArrayList<>();
            for (int column = 0; column < row.getLastCellNum(); column++) {
                var cell = row.getCell(column);
                line.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                    default -> cell.getStringCellValue();
                });
            }
            lines.add(line);
        }
        return lines;
    }
}
