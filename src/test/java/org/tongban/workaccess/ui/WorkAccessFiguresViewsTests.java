package org.tongban.workaccess.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.testing.UiTestBase;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.DispatchOrder;
import org.tongban.workaccess.DispatchRefused;
import org.tongban.workaccess.EvaluationDirection;
import org.tongban.workaccess.SubmittedRequest;
import org.tongban.workaccess.TwoWayEvaluations.EvaluationEntry;
import org.tongban.workaccess.TwoWayEvaluations.PendingEvaluation;
import org.tongban.workaccess.WorkAccessFixtures;
import org.tongban.workaccess.WorkAccessReports.RefusalRow;

/** 双向评价 and 准入统计 as their users see them: the rating dialog saves, the figures render, a community is kept out. */
@Tag("db")
class WorkAccessFiguresViewsTests extends UiTestBase {

    @Autowired
    WorkAccessFixtures fixtures;
    @Autowired
    DispatchGate gate;
    @Autowired
    JdbcTemplate jdbc;

    /** A decision whose work went to 和平社区 and whose end date was yesterday. */
    private SubmittedRequest ended() {
        SubmittedRequest decision = fixtures.admitted();
        signIn.as(WorkAccessFixtures.HANDLER, () -> gate.dispatch(new DispatchOrder(decision.decisionNumber(),
                "换届选举选民登记", "请完成本社区选民登记。", fixtures.today().plusDays(20), List.of("CM001"), List.of()),
                DispatchChannel.SCREEN));
        jdbc.update("update wa_request set start_on = ?, end_on = ? where id = ?", fixtures.today().minusDays(30),
                fixtures.today().minusDays(1), decision.id());
        return decision;
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> score(int number) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("evaluation-score-" + number));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
    }

    @Test
    void aCommunityRatesTheDepartmentInTheDialog() {
        SubmittedRequest decision = ended();
        login(WorkAccessFixtures.COMMUNITY_STAFF);
        UI.getCurrent().navigate(EvaluationsView.class);

        Grid<PendingEvaluation> pending = grid("evaluation-pending-grid");
        int row = GridKt._findAll(pending).stream().map(PendingEvaluation::requestId).toList().indexOf(decision.id());
        assertThat(row).isNotNegative();
        assertThat(GridKt._getFormattedRow(pending, row)).contains(decision.decisionNumber(), "县民政局", "和平社区",
                "社区评价部门");
        _click((Button) GridKt._getCellComponent(pending, row, "rate"));

        assertThat(score(1).getLabel()).isEqualTo("经费到位");
        assertThat(score(2).getLabel()).isEqualTo("工作负担");
        assertThat(score(2).getHelperText()).isEqualTo("分数越高表示负担越轻");
        _setValue(score(1), 5);
        _click(_get(Button.class, spec -> spec.withId("evaluation-submit")));
        assertThat(notifications()).contains("请为三项内容分别打分。");
        _setValue(score(2), 2);
        _setValue(score(3), 4);
        _setValue(_get(TextArea.class, spec -> spec.withId("evaluation-comment")), "表格太多");
        _click(_get(Button.class, spec -> spec.withId("evaluation-submit")));

        assertThat(notifications()).contains("评价已提交。");
        assertThat(jdbc.queryForList("select score_two from wa_evaluation where request_id = ? and direction = ?",
                Integer.class, decision.id(), EvaluationDirection.COMMUNITY_RATES_DEPARTMENT.name())).containsExactly(2);
        Grid<PendingEvaluation> left = grid("evaluation-pending-grid");
        assertThat(GridKt._findAll(left).stream().map(PendingEvaluation::requestId)).doesNotContain(decision.id());
        Grid<EvaluationEntry> submitted = grid("evaluation-submitted-grid");
        int done = GridKt._findAll(submitted).stream().map(EvaluationEntry::requestId).toList().indexOf(decision.id());
        assertThat(GridKt._getFormattedRow(submitted, done))
                .contains("经费到位 5 · 工作负担 2 · 要求清晰 4", "表格太多", "王芳");

        // The reviewer reads the rating on the request page.
        login(WorkAccessFixtures.REVIEWER);
        UI.getCurrent().navigate(RequestView.class, decision.id());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("wa-evaluations")).getElement()
                .getTextRecursively()).contains("和平社区", "经费到位 5 · 工作负担 2 · 要求清晰 4", "表格太多");
    }

    @Test
    void theFiguresRenderWithTheRefusedDispatchesFirst() {
        assertThatThrownBy(() -> signIn.as(WorkAccessFixtures.HANDLER, () -> gate.dispatch(new DispatchOrder(
                "ZRJD-NOT-THERE", "入户核查", "请核查。", fixtures.today().plusDays(3), List.of("CM001"), List.of()),
                DispatchChannel.SCREEN))).isInstanceOf(DispatchRefused.class);
        login(WorkAccessFixtures.REVIEWER);
        UI.getCurrent().navigate(ReportsView.class);

        List<Grid> grids = _find(Grid.class);
        assertThat(grids).extracting(found -> found.getId().orElse("")).containsExactly("reports-refusals",
                "reports-attempts", "reports-outcomes", "reports-categories", "reports-workload");
        Grid<RefusalRow> refusals = grid("reports-refusals");
        assertThat(GridKt._findAll(refusals)).anySatisfy(found -> {
            assertThat(found.departmentName()).isEqualTo("县民政局");
            assertThat(found.total()).isPositive();
        });
        assertThat(refusals.getColumns().get(1).getHeaderText()).isEqualTo("无准入决定");
        assertThat(_get(Anchor.class, spec -> spec.withId("reports-export")).getHref()).isNotBlank();

        // A department handler opens the same screen with the department's rows only.
        login(WorkAccessFixtures.OTHER_HANDLER);
        UI.getCurrent().navigate(ReportsView.class);
        Grid<RefusalRow> own = grid("reports-refusals");
        assertThat(GridKt._findAll(own)).extracting(RefusalRow::departmentCode).doesNotContain("DP-MZ");
    }

    @Test
    void communityStaffCannotOpenTheFigures() {
        login(WorkAccessFixtures.COMMUNITY_STAFF);
        UI.getCurrent().navigate("workaccess/reports");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(ReportsView.class::isInstance);
        assertThat(_find(Grid.class)).isEmpty();
    }
}
