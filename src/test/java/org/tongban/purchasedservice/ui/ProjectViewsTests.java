package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.purchasedservice.BudgetDecision;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProjectRow;
import org.tongban.purchasedservice.ServiceProjects;
import org.tongban.testing.UiTestBase;

/**
 * 立项 on the form with the service's refusals, the budget review and the notice on the project's page, who sees
 * which step (or nothing), and the budget lines screen.
 */
@Tag("db")
class ProjectViewsTests extends UiTestBase {

    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ServiceProjects projects;
    @Autowired
    JdbcTemplate jdbc;

    private long projectCount() {
        return jdbc.queryForObject("select count(*) from ps_project", Long.class);
    }

    @Test
    void anEmptyFormIsRefusedInChineseAndCreatesNothing() {
        long before = projectCount();
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectFormView.class);

        _click(_get(Button.class, spec -> spec.withId("ps-form-submit")));

        assertThat(_get(ProjectFormView.class)).isNotNull();
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("请填写项目名称"));
        assertThat(_get(TextField.class, spec -> spec.withId("ps-form-title")).isInvalid()).isTrue();
        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void aBudgetThatIsNotANumberIsShownOnItsField() {
        BudgetLineEntry line = fixtures.line("1000000");
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectFormView.class);
        fill(line, "三十万");

        _click(_get(Button.class, spec -> spec.withId("ps-form-submit")));

        TextField amount = _get(TextField.class, spec -> spec.withId("ps-form-amount"));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("预算金额“三十万”不是数字，请只填写数字（单位：元）。");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectGoesFromTheFormThroughFinanceToAPublishedNotice() {
        BudgetLineEntry line = fixtures.line("1000000");
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectFormView.class);
        fill(line, "300000");
        _click(_get(Button.class, spec -> spec.withId("ps-form-submit")));

        assertThat(_get(ProjectView.class)).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("经费预算审核中");
        assertThat(_find(H3.class, spec -> spec.withId("ps-action-title"))).as("the manager has no step now").isEmpty();
        long id = newestProjectOf(line);

        logout();
        login(ProjectFixtures.FINANCE);
        UI.getCurrent().navigate(ProjectView.class, id);
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("经费预算审核");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("ps-budget-check"))
                .getText()).contains("¥300,000.00", line.code(), "¥1,000,000.00");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-budget-decision")), BudgetDecision.APPROVE);
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("待发布公告");
        assertThat(_get(Span.class, spec -> spec.withId("ps-method")).getText()).isEqualTo("询价");

        logout();
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, id);
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("发布采购公告");
        assertThat(_get(DateTimePicker.class, spec -> spec.withId("ps-notice-deadline")).getValue().toLocalDate())
                .isEqualTo(fixtures.detail(id).earliestDeadline());
        _setValue(_get(TextField.class, spec -> spec.withId("ps-notice-contact")), "吴浩 0571-12345678");
        _setValue(_get(IntegerField.class, spec -> spec.withId("ps-criterion-weight-0")), 50);
        _click(_get(Button.class, spec -> spec.withId("ps-publish")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("合计须为 100 分，现为 110 分"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-notice-sum")).getText()).isEqualTo("合计 110 分");

        _setValue(_get(IntegerField.class, spec -> spec.withId("ps-criterion-weight-0")), 40);
        _click(_get(Button.class, spec -> spec.withId("ps-publish")));

        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("公告中");
        assertThat(_get(Anchor.class, spec -> spec.withId("ps-public-link")).getHref()).endsWith("/purchases/"
                + fixtures.detail(id).projectNumber());
        Grid<?> criteria = _get(Grid.class, spec -> spec.withId("ps-criteria"));
        assertThat(GridKt._size(criteria)).isEqualTo(4);
    }

    @Test
    void anotherDepartmentSeesOnlyTheRefusalAndFinanceCannotStartProjects() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        login(ProjectFixtures.OTHER_DEPARTMENT);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(Span.class, spec -> spec.withId("ps-refusal")).getText())
                .isEqualTo("该项目不属于您所在单位，无权查看。");
        assertThat(_find(Span.class, spec -> spec.withId("ps-status"))).isEmpty();

        logout();
        login(ProjectFixtures.FINANCE);
        UI.getCurrent().navigate(ProjectFormView.class);
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/" + ProjectsView.ROUTE, "/" + BudgetLinesView.ROUTE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void financeFindsAProjectInTheListAndKeepsTheBudgetLines() {
        ProjectReceipt receipt = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));
        login(ProjectFixtures.FINANCE);
        UI.getCurrent().navigate(ProjectsView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("ps-projects-search")), receipt.projectNumber());
        Grid<ProjectRow> grid = _get(Grid.class, spec -> spec.withId("ps-projects-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).departmentName()).isEqualTo("县民政局");
        assertThat(_find(Button.class, spec -> spec.withId("ps-projects-new"))).isEmpty();

        UI.getCurrent().navigate(BudgetLinesView.class);
        Grid<BudgetLineEntry> lines = _get(Grid.class, spec -> spec.withId("ps-lines-grid"));
        assertThat(GridKt._size(lines)).isGreaterThanOrEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("ps-lines-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("ps-line-code")), "bad code");
        _click(_get(Button.class, spec -> spec.withId("ps-line-save")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("额度编号须为 3 至 30 位"));

        logout();
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(BudgetLinesView.class);
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/" + ProjectsView.ROUTE).doesNotContain("/" + BudgetLinesView.ROUTE);
    }

    @SuppressWarnings("unchecked")
    private void fill(BudgetLineEntry line, String amount) {
        _setValue(_get(TextField.class, spec -> spec.withId("ps-form-title")), "湖滨社区独居老人探访服务");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-form-need")), "辖区独居老人 80 名，缺少定期探访。");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-form-target-group")), "湖滨社区独居老人");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-form-content")), "每月探访、紧急呼叫响应、健康档案。");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-form-outputs")), "探访 960 人次，建档 80 份。");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-form-outcomes")), "独居老人安全感提升，满意率 90% 以上。");
        ComboBox<BudgetLineEntry> lines = _get(ComboBox.class, spec -> spec.withId("ps-form-budget-line"));
        lines.setValue(lines.getListDataView().getItems().filter(entry -> entry.id() == line.id()).findFirst()
                .orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("ps-form-amount")), amount);
    }

    private long newestProjectOf(BudgetLineEntry line) {
        return jdbc.queryForObject("select max(id) from ps_project where budget_line_id = ?", Long.class, line.id());
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }
}
