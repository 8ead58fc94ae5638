package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.tongban.base.BusinessException;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Bad input refused in Chinese with nothing written, who may start, read and decide a project, and the budget lines
 * finance keeps.
 */
@TongbanTest
@Tag("db")
class ServiceProjectsTests {

    @Autowired
    ServiceProjects projects;
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

    private long projectCount() {
        return jdbc.queryForObject("select count(*) from ps_project", Long.class);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(BusinessException.class)
                .extracting(failure -> ((BusinessException) failure).messageKey()).isEqualTo(messageKey);
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "amount|五万|amount-not-number",
            "amount|0|amount-range",
            "amount|-100|amount-range",
            "amount|100.123|amount-range",
            "amount|' '|amount-required",
            "months|37|duration-range",
            "months|0|duration-range",
            "months|十二|duration-not-number",
            "title|' '|title-required",
            "title|城关街道\\n困境儿童|title-control-characters"})
    void badInputIsRefusedWithItsOwnMessageAndNothingIsWritten(String field, String value, String error) {
        BudgetLineEntry line = fixtures.line("1000000");
        ProjectFixtures.Draft draft = fixtures.draft(line);
        switch (field) {
            case "amount" -> draft.amount(value);
            case "months" -> draft.months(value);
            default -> draft.title(value.replace("\\n", "\n"));
        }
        long before = projectCount();

        assertRefused(() -> fixtures.initiate(draft), "purchasedservice.error." + error);

        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void aTitleLongerThanAHundredCharactersAndAnUnknownLineAreRefused() {
        BudgetLineEntry line = fixtures.line("1000000");
        assertRefused(() -> fixtures.initiate(fixtures.draft(line).title("项".repeat(101))),
                "purchasedservice.error.title-too-long");
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER, () -> projects.initiate(new ProjectDraft("标题", "需求",
                        "对象", "内容", "产出", "效果", "1000", "NO-SUCH-LINE", "12", Circumstance.NONE, null, false,
                        null))),
                "purchasedservice.error.budget-line-unknown");
    }

    @Test
    void aLineOfAnotherDepartmentCannotPayForTheProject() {
        BudgetLineEntry other = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(
                new BudgetLines.BudgetLineDraft("T-RS-" + System.nanoTime() % 100000, "DP-RS",
                        fixtures.today().getYear(), "人社局测试额度", "1000000")));

        assertRefused(() -> fixtures.initiate(fixtures.draft(other)), "purchasedservice.error.budget-line-not-yours");
    }

    @Test
    void onlyProjectManagersStartProjects() {
        BudgetLineEntry line = fixtures.line("1000000");
        for (String notManager : new String[] {ProjectFixtures.DEPARTMENT_STAFF, ProjectFixtures.FINANCE,
                ProjectFixtures.PROVIDER}) {
            assertRefused(() -> signIn.as(notManager, () -> projects.initiate(fixtures.draft(line).build())),
                    "purchasedservice.error.not-manager");
        }
    }

    @Test
    void aProjectIsReadByItsDepartmentAndFinanceOnly() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        ProjectQuery byNumber = new ProjectQuery(receipt.projectNumber(), Set.of());

        for (String reader : new String[] {ProjectFixtures.MANAGER, ProjectFixtures.DEPARTMENT_STAFF,
                ProjectFixtures.FINANCE}) {
            assertThat(signIn.as(reader, () -> projects.open(receipt.id())).projectNumber())
                    .isEqualTo(receipt.projectNumber());
            assertThat(signIn.as(reader, () -> projects.count(byNumber))).as(reader).isEqualTo(1);
        }
        for (String outsider : new String[] {ProjectFixtures.OTHER_DEPARTMENT, ProjectFixtures.PROVIDER}) {
            assertRefused(() -> signIn.as(outsider, () -> projects.open(receipt.id())),
                    "purchasedservice.error.project-forbidden");
            assertThat(signIn.as(outsider, () -> projects.count(byNumber))).as(outsider).isZero();
            assertThat(signIn.as(outsider, () -> projects.search(byNumber, 0, 10))).isEmpty();
        }
        assertThat(jdbc.queryForObject("select count(*) from base_audit_event where action = 'purchasedservice.project.read'"
                + " and target = ? and outcome = 'DENIED'", Long.class, "project:" + receipt.projectNumber()))
                .isEqualTo(2);
    }

    @Test
    void onlyFinanceDecidesTheBudgetAndOnlyTheDepartmentsManagersPublish() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        String review = fixtures.taskId(receipt, "Task_BudgetReview");

        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER,
                () -> projects.reviewBudget(review, BudgetDecision.APPROVE, null)), "inbox.error.task-forbidden");
        assertRefused(() -> signIn.as(ProjectFixtures.OTHER_DEPARTMENT,
                () -> projects.reviewBudget(review, BudgetDecision.APPROVE, null)),
                "purchasedservice.error.project-forbidden");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.BUDGET_REVIEW);

        signIn.as(ProjectFixtures.FINANCE, () -> projects.reviewBudget(review, BudgetDecision.APPROVE, null));
        String publish = fixtures.taskId(receipt, "Task_Publish");
        ProjectDetail detail = fixtures.detail(receipt.id());
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE,
                () -> projects.publish(publish, fixtures.notice(detail.earliestDeadline()))),
                "inbox.error.task-forbidden");
        assertThat(fixtures.detail(receipt.id()).status()).isEqualTo(ProjectStatus.TO_PUBLISH);
        assertRefused(() -> signIn.as(ProjectFixtures.MANAGER,
                () -> projects.reviewBudget(publish, BudgetDecision.APPROVE, null)), "purchasedservice.error.wrong-step");
    }

    @Test
    void theStepOnOffersEachPersonOnlyTheirOwnTask() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));

        assertThat(signIn.as(ProjectFixtures.FINANCE, () -> projects.myOpenStep(receipt.id())))
                .hasValueSatisfying(step -> assertThat(step.step()).isEqualTo("Task_BudgetReview"));
        assertThat(signIn.as(ProjectFixtures.MANAGER, () -> projects.myOpenStep(receipt.id()))).isEmpty();
        assertThat(signIn.as(ProjectFixtures.FINANCE, () -> projects.projectOfTask(
                fixtures.taskId(receipt, "Task_BudgetReview")))).isEqualTo(receipt.id());
    }

    @Test
    void financeKeepsTheBudgetLinesAndNobodyElseMay() {
        String code = "T-NEW-" + System.nanoTime() % 1000000;
        BudgetLineEntry created = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(
                new BudgetLines.BudgetLineDraft(code.toLowerCase(), ProjectFixtures.DEPARTMENT,
                        fixtures.today().getYear() + 1, "明年社区服务购买", "1,200,000")));
        assertThat(created.code()).isEqualTo(code);
        assertThat(created.amount()).isEqualByComparingTo("1200000");
        assertThat(created.departmentName()).isEqualTo("县民政局");

        for (String other : new String[] {ProjectFixtures.MANAGER, ProjectFixtures.DEPARTMENT_STAFF,
                ProjectFixtures.PROVIDER}) {
            assertThatThrownBy(() -> signIn.as(other, (Supplier<Object>) () -> budgetLines.list(null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(new BudgetLines.BudgetLineDraft(
                code, ProjectFixtures.DEPARTMENT, fixtures.today().getYear(), "重复", "1"))),
                "purchasedservice.error.budget-line-exists");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(new BudgetLines.BudgetLineDraft(
                "T-CM-1", "CM001", fixtures.today().getYear(), "社区", "1"))),
                "purchasedservice.error.budget-line-department");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.create(new BudgetLines.BudgetLineDraft(
                "T-OLD-1", ProjectFixtures.DEPARTMENT, fixtures.today().getYear() - 5, "旧", "1"))),
                "purchasedservice.error.budget-line-year");
    }

    @Test
    void aLineCannotFallBelowWhatApprovedProjectsTakeNorBeChangedFromAStaleView() {
        BudgetLineEntry line = fixtures.line("500000");
        fixtures.approved(fixtures.draft(line).amount("300000"));
        BudgetLineEntry current = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.list(null)).stream()
                .filter(entry -> entry.id() == line.id()).findFirst().orElseThrow();

        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.changeAmount(line.id(),
                current.version(), "299999.99", "年中调减")), "purchasedservice.error.budget-below-committed");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.changeAmount(line.id(),
                current.version(), "400000", " ")), "purchasedservice.error.budget-line-reason-required");

        BudgetLineEntry changed = signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.changeAmount(line.id(),
                current.version(), "300000", "年中调减"));
        assertThat(changed.amount()).isEqualByComparingTo("300000");
        assertThat(changed.changeReason()).isEqualTo("年中调减");
        assertRefused(() -> signIn.as(ProjectFixtures.FINANCE, () -> budgetLines.changeAmount(line.id(),
                current.version(), "900000", "再调")), "purchasedservice.error.budget-line-changed");
    }
}
