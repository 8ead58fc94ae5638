package org.tongban.onewindow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.ServiceItem;
import org.tongban.inbox.ui.TaskView;
import org.tongban.onewindow.CaseStatus;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.OneWindowFixtures;
import org.tongban.onewindow.Provision;
import org.tongban.testing.UiTestBase;

/** The counter intake form, the acceptance review on the case page, and the inbox forwarding to it. */
@Tag("db")
class OneWindowUiTests extends UiTestBase {

    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    TaskService taskService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void frontDeskReceivesAnApplicationAndLandsOnItsAcceptanceReview() {
        login("wangfang");
        UI.getCurrent().navigate(IntakeView.class);

        ComboBox<ServiceItem> item = _get(ComboBox.class, spec -> spec.withId("intake-item"));
        ServiceItem dibao = item.getListDataView().getItems().filter(found -> found.code().equals("SI-004"))
                .findFirst().orElseThrow();
        _setValue(item, dibao);
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-name")), "李四");
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-id")), "11010519491231002x");
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-phone")), "13900000002");
        String firstMaterial = dibao.materials().get(0).code();
        _setValue(_get(Select.class, spec -> spec.withId("intake-provision-" + firstMaterial)), Provision.MISSING);
        _click(_get(Button.class, spec -> spec.withId("intake-receive")));

        CaseTaskView review = _get(CaseTaskView.class);
        assertThat(review).isNotNull();
        assertThat(_get(Span.class, spec -> spec.withId("case-status")).getText()).isEqualTo("已收件，待受理审查");
        assertThat(_get(Span.class, spec -> spec.withId("case-applicant-id")).getText())
                .as("masked until asked").isEqualTo("110105********002X");
        RadioButtonGroup<String> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("review-outcome"));
        assertThat(outcome.getValue()).as("a missing material suggests correction").isEqualTo("correct");
        assertThat(_get(TextArea.class, spec -> spec.withId("review-correction-items")).getValue())
                .isEqualTo(dibao.materials().get(0).name());

        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        Task waiting = taskService.createTaskQuery().taskCandidateGroup("community:CM001:front-desk")
                .processVariableValueEquals("caseTitle", "李* · " + dibao.name()).singleResult();
        assertThat(waiting).as("the case waits for the correction, no review task").isNull();
    }

    @Test
    void badIdNumberIsRefusedInChineseAndNothingIsReceived() {
        login("wangfang");
        UI.getCurrent().navigate(IntakeView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ServiceItem> item = _get(ComboBox.class, spec -> spec.withId("intake-item"));
        _setValue(item, item.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-name")), "王五");
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-id")), "110105194912310021");
        _setValue(_get(TextField.class, spec -> spec.withId("intake-applicant-phone")), "13900000003");
        _click(_get(Button.class, spec -> spec.withId("intake-receive")));

        assertThat(_get(IntakeView.class)).as("stays on the form").isNotNull();
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .anySatisfy(notification -> assertThat(notification.getElement().getProperty("text"))
                        .contains("身份证号码不正确"));
    }

    @Test
    void inboxOpensOneWindowTasksOnTheCasePageAndUnmaskingIsAudited() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        String taskId = fixtures.taskId(receipt, "Task_Handle");
        login("liuyang");
        UI.getCurrent().navigate(TaskView.class, taskId);

        _get(CaseTaskView.class);
        assertThat(_get(Span.class, spec -> spec.withId("case-department")).getText()).isEqualTo("县民政局");
        _click(_get(Button.class, spec -> spec.withId("case-unmask")));
        assertThat(_get(Span.class, spec -> spec.withId("case-applicant-id")).getText())
                .isEqualTo(OneWindowFixtures.APPLICANT_ID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE actor = 'liuyang'"
                + " AND action = 'onewindow.personal-data.read' AND target = ?", Integer.class,
                "case:" + receipt.caseNumber())).isEqualTo(1);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(signIn.as("wangfang", () -> cases.open(receipt.caseId())).status())
                .as("approved 低保 goes into its publicity period").isEqualTo(CaseStatus.PUBLICITY);
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(receipt.caseNumber())
                .taskDefinitionKey("Task_Handle").count()).isZero();
    }

    @Test
    void staffOfAnotherCommunityCannotOpenTheCase() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        login("chenjing");
        UI.getCurrent().navigate(CaseView.class, receipt.caseId());
        assertThat(_get(Span.class, spec -> spec.withId("case-refusal")).getText()).contains("无权查看");
    }

    @Test
    void frontDeskFindsTheCaseInTheSearchAndOpensIt() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        login("wangfang");
        UI.getCurrent().navigate(CaseSearchView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("cases-search")), receipt.caseNumber());
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.grid.Grid<org.tongban.onewindow.CaseRow> grid =
                _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("cases-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0).applicantName()).isEqualTo("张*");
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid, 0);
        assertThat(_get(Span.class, spec -> spec.withId("case-number")).getText()).isEqualTo(receipt.caseNumber());
    }

    @Test
    void anEvaluatorCannotOpenTheCaseSearch() {
        login("zhengxue");
        UI.getCurrent().navigate(CaseSearchView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(CaseSearchView.class)).isEmpty();
    }

    @Test
    void theBoardShowsTodaysQueueAndOffersTheExport() {
        fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        login("wangfang");
        UI.getCurrent().navigate(BoardView.class);
        assertThat(Long.parseLong(_get(Span.class, spec -> spec.withId("board-received-today")).getText())).isPositive();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("board-export")).getHref())
                .isNotBlank();
    }
}
