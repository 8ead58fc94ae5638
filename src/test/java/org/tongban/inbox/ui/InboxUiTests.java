package org.tongban.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.inbox.DemoRequests;
import org.tongban.inbox.StartedCase;
import org.tongban.inbox.TaskSummary;
import org.tongban.testing.UiTestBase;

class InboxUiTests extends UiTestBase {

    @Autowired
    DemoRequests requests;

    @Autowired
    TaskService taskService;

    @Test
    void theReviewerFindsTheTaskClaimsItAndCompletesItThroughTheForm() {
        StartedCase started = requests.start();
        TaskSummary task = requests.taskOf(started, DemoRequests.REVIEWER);
        login(DemoRequests.REVIEWER);

        UI.getCurrent().navigate(InboxView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("inbox-search")), started.businessKey());
        Grid<TaskSummary> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).caseTitle()).isEqualTo("刘洋 · 年休假 3 天");

        UI.getCurrent().navigate(TaskView.class, task.id());
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo("审核请假申请 · 刘洋 · 年休假 3 天");
        _click(_get(Button.class, spec -> spec.withId("task-claim")));
        assertThat(taskService.createTaskQuery().taskId(task.id()).singleResult().getAssignee()).isEqualTo(DemoRequests.REVIEWER);

        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-decision")), "approve");
        _setValue(_get(TextArea.class, spec -> spec.withId("form-reviewOpinion")), "同意");
        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        _get(InboxView.class);
        assertThat(taskService.createTaskQuery().taskId(task.id()).count()).isZero();
        UI.getCurrent().navigate(DoneView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("list-search")), started.businessKey());
        Grid<?> done = _get(Grid.class, spec -> spec.withId("done-grid"));
        assertThat(GridKt._size(done)).isEqualTo(1);
    }

    @Test
    void submittingWithoutADecisionShowsTheFieldErrorAndKeepsTheTaskOpen() {
        StartedCase started = requests.start();
        TaskSummary task = requests.taskOf(started, DemoRequests.REVIEWER);
        login(DemoRequests.REVIEWER);

        UI.getCurrent().navigate(TaskView.class, task.id());
        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        RadioButtonGroup<?> decision = _get(RadioButtonGroup.class, spec -> spec.withId("form-decision"));
        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("审批决定为必填项");
        _get(TaskView.class);
        assertThat(taskService.createTaskQuery().taskId(task.id()).count()).isEqualTo(1);
    }

    @Test
    void aTaskOfAnotherUnitShowsTheRefusalAndNothingOfTheTask() {
        StartedCase started = requests.start();
        TaskSummary task = requests.taskOf(started, DemoRequests.REVIEWER);
        login("zhangwei");

        UI.getCurrent().navigate(TaskView.class, task.id());

        assertThat(_get(Span.class, spec -> spec.withId("task-refusal")).getText())
                .isEqualTo("您无权查看或办理此任务：它不属于您所在单位或角色。");
        assertThat(_find(RadioButtonGroup.class)).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("task-submit"))).isEmpty();
    }

    @Test
    void aMalformedTaskIdInTheAddressGetsAClearMessage() {
        login(DemoRequests.REVIEWER);
        UI.getCurrent().navigate("task/not%20an%20id");
        assertThat(_get(Span.class, spec -> spec.withId("task-refusal")).getText()).isEqualTo("任务编号格式不正确。");
    }

    @Test
    void theApplicantStartsACaseFromTheStartPageAndSeesItsHistory() {
        login(DemoRequests.APPLICANT);
        UI.getCurrent().navigate(StartView.class);
        _click(_get(Button.class, spec -> spec.withId("start-" + DemoRequests.PROCESS)));

        _get(StartFormView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("form-leaveType")), "sick");
        _setValue(_get(DatePicker.class, spec -> spec.withId("form-startDate")), LocalDate.of(2026, 12, 14));
        _setValue(_get(DatePicker.class, spec -> spec.withId("form-endDate")), LocalDate.of(2026, 12, 14));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("form-days")), java.math.BigDecimal.ONE);
        _setValue(_get(TextArea.class, spec -> spec.withId("form-reason")), "发烧到医院就诊");
        _setValue(_get(CheckboxGroup.class, spec -> spec.withId("form-handover")), Set.of("work"));
        _setValue(_get(TextField.class, spec -> spec.withId("form-contactPhone")), "13912345678");
        _click(_get(Button.class, spec -> spec.withId("start-submit")));

        _get(CaseView.class);
        assertThat(_get(H2.class, spec -> spec.withId("case-title")).getText()).isEqualTo("刘洋 · 病假 1 天");
    }

    @Test
    void anInvalidStartFormShowsFieldErrorsAndStartsNothing() {
        login(DemoRequests.APPLICANT);
        UI.getCurrent().navigate(StartFormView.class, DemoRequests.PROCESS);
        _setValue(_get(TextField.class, spec -> spec.withId("form-contactPhone")), "123");
        _click(_get(Button.class, spec -> spec.withId("start-submit")));

        _get(StartFormView.class);
        TextField phone = _get(TextField.class, spec -> spec.withId("form-contactPhone"));
        assertThat(phone.isInvalid()).isTrue();
    }

    @Test
    void aFrontDeskWorkerCannotStartTheDemoFromTheAddressBar() {
        login("wangfang");
        UI.getCurrent().navigate(StartFormView.class, DemoRequests.PROCESS);
        assertThat(_get(Span.class, spec -> spec.withId("start-refusal")).getText())
                .isEqualTo("您所在单位或角色不能发起流程“【演示】部门内部请假”。");
    }

    @Test
    void theMenuShowsTheWorkViewsWithCountsAndNoAdministrationForStaff() {
        requests.start();
        login(DemoRequests.REVIEWER);
        UI.getCurrent().navigate(InboxView.class);

        List<String> labels = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(labels).contains("我的待办", "发起", "我发起的", "已办", "抄送我的");
        assertThat(labels).doesNotContain("人员管理", "组织机构");
        SideNavItem tasks = _find(SideNavItem.class).stream().filter(item -> "我的待办".equals(item.getLabel())).findFirst().orElseThrow();
        assertThat(Long.parseLong(((Span) tasks.getSuffixComponent()).getText())).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-user")).getText()).isEqualTo("孙丽");
    }

    @Test
    void theCasePageRefusesOutsiders() {
        StartedCase started = requests.start();
        login("zhangwei");
        UI.getCurrent().navigate(CaseView.class, started.processInstanceId());
        assertThat(_get(Span.class, spec -> spec.withId("case-refusal")).getText())
                .isEqualTo("您无权查看此办件：它与您所在单位或角色无关。");
    }

    @Test
    void theLanguageSwitchTurnsTheScreensIntoEnglishAndBack() {
        login(DemoRequests.REVIEWER);
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("我的待办");

        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale()).isEqualTo(java.util.Locale.ENGLISH);
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate(DoneView.class);
        UI.getCurrent().navigate(InboxView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("My tasks");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList()).contains("My tasks", "Done");

        _click(_get(Button.class, spec -> spec.withId("switch-language")));
        assertThat(com.vaadin.flow.server.VaadinSession.getCurrent().getLocale()).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
