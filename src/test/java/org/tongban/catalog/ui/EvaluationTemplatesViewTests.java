package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tongban.base.AuditLog;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateEntry;
import org.tongban.catalog.EvaluationTemplateFixtures;
import org.tongban.catalog.EvaluationTemplates;
import org.tongban.catalog.Indicator;
import org.tongban.testing.UiTestBase;

class EvaluationTemplatesViewTests extends UiTestBase {

    private static final LocalDate START = EvaluationTemplateFixtures.START;

    @Autowired
    EvaluationTemplates templates;

    @Autowired
    EvaluationTemplateAdministration administration;

    @Autowired
    AuditLog auditLog;

    @Test
    void showsTheTemplatesInForceWithTheChosenRevisionsIndicatorsAsATree() {
        login("admin");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .contains("/admin/evaluation-templates");
        UI.getCurrent().navigate(EvaluationTemplatesView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("绩效评价指标 · 社区通办");
        assertThat(GridKt._size(indicators())).as("nothing chosen yet").isZero();
        _setValue(field("evaluation-template-filter"), "ET-01");
        Grid<TemplateEntry> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("政府购买社区服务项目绩效评价指标（参考）");
        assertThat(GridKt._getFormatted(grid, 0, "levels")).isEqualTo("4 / 12 / 30");
        assertThat(GridKt._getFormatted(grid, 0, "effectiveFrom")).isEqualTo("2026-01-01");
        assertThat(GridKt._getFormatted(grid, 0, "effectiveTo")).isEqualTo("长期");

        grid.select(GridKt._get(grid, 0));
        assertThat(_get(H3.class, spec -> spec.withText("指标体系：ET-01 第 1 版"))).isNotNull();
        TreeGrid<Indicator> tree = indicators();
        assertThat(GridKt._size(tree)).as("every level open").isEqualTo(46);
        assertThat(GridKt._getFormattedRow(tree, 0)).containsExactly("EI-1", "决策", "15", "");
        assertThat(GridKt._getFormattedRow(tree, 1)).containsExactly("EI-1.1", "项目立项", "5", "");
        assertThat(GridKt._getFormattedRow(tree, 2)).containsExactly("EI-1.1.1", "立项依据充分性", "3",
                "项目符合政府购买服务指导性目录和部门职责、有社区需求评估支撑得3分;缺一项扣1分");
        assertThat(GridKt._get(tree, 45).code()).isEqualTo("EI-4.3.2");

        // The template as it stood before it was published: nothing in force, nothing to show.
        _setValue(_get(DatePicker.class, spec -> spec.withId("evaluation-template-day")), LocalDate.of(2025, 12, 31));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(GridKt._size(tree)).isZero();
    }

    @Test
    void theCreateDialogSumsTheWeightsAsTheyAreTypedAndAWrongSumIsRefusedOnScreen() {
        login("admin");
        UI.getCurrent().navigate(EvaluationTemplatesView.class);
        String code = EvaluationTemplateFixtures.freeCode(templates);

        _click(button("evaluation-template-new"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("新增绩效评价指标模板");
        assertThat(button("evaluation-indicator-add-child").isEnabled()).as("nothing chosen").isFalse();
        _setValue(field("evaluation-template-code"), "ET-1");
        _setValue(field("evaluation-template-name"), "测试：界面新增的指标模板");
        _setValue(_get(DatePicker.class, spec -> spec.withId("evaluation-template-effective-from")), START);
        _click(button("evaluation-template-save"));
        assertThat(field("evaluation-template-code").getErrorMessage())
                .isEqualTo("绩效评价指标模板编码须为“ET-”加两位数字（如 ET-02），100 起为三位数字（如 ET-100）。");
        _setValue(field("evaluation-template-code"), code);

        _click(button("evaluation-indicator-add-root"));
        edit("测试：决策", "100", null);
        _click(button("evaluation-indicator-add-child"));
        edit("测试：立项", "100", null);
        assertThat(area("evaluation-indicator-rule").isEnabled()).as("no rule on level 2").isFalse();
        _click(button("evaluation-indicator-add-child"));
        edit("测试：依据", "60", "依据充分得60分");
        assertThat(button("evaluation-indicator-add-child").isEnabled()).as("nothing below level 3").isFalse();
        _click(button("evaluation-indicator-add-sibling"));
        edit("测试：程序", "30", "程序规范得30分");

        TreeGrid<Object> tree = editorTree();
        assertThat(GridKt._size(tree)).isEqualTo(4);
        assertThat(GridKt._getFormatted(tree, 3, "code")).isEqualTo("EI-1.1.2");
        assertThat(sum(tree, 0)).isEqualTo("100 / 100 right");
        assertThat(sum(tree, 1)).isEqualTo("90 / 100 wrong");
        assertThat(sum(tree, 2)).as("level 3 has no sum").isEqualTo(" ");
        Span total = _get(Span.class, spec -> spec.withId("evaluation-indicator-total"));
        assertThat(total.getText()).isEqualTo("一级指标权重合计：100 / 100");
        assertThat(total.getStyle().get("color")).isEqualTo("var(--lumo-success-text-color)");

        _click(button("evaluation-template-save"));
        Span error = _get(Span.class, spec -> spec.withId("evaluation-indicator-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("“测试：立项”下的三级指标权重合计为 90，应为 100。");
        assertThat(field("evaluation-template-code").isInvalid()).isFalse();
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(templates.history(code)).isEmpty();

        // A fifth indicator removed again; the sums follow every change.
        _click(button("evaluation-indicator-add-root"));
        assertThat(GridKt._getFormatted(tree, 4, "code")).isEqualTo("EI-2");
        _click(button("evaluation-indicator-remove"));
        assertThat(GridKt._size(tree)).isEqualTo(4);
        tree.select(GridKt._get(tree, 3));
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")).getValue())
                .isEqualByComparingTo("30");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("40"));
        assertThat(sum(tree, 1)).isEqualTo("100 / 100 right");
        _click(button("evaluation-template-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(notifications()).contains("已新增“测试：界面新增的指标模板”。");
        assertThat(templates.find(code, START)).hasValueSatisfying(template -> {
            assertThat(template.indicators()).extracting(Indicator::code)
                    .containsExactly("EI-1", "EI-1.1", "EI-1.1.1", "EI-1.1.2");
            assertThat(template.indicator("EI-1.1.2")).map(Indicator::weight).contains(new BigDecimal("40"));
            assertThat(template.indicator("EI-1.1.1")).map(Indicator::scoringRule).contains("依据充分得60分");
        });
        administration.retire(code, 1, LocalDate.of(2001, 12, 31), "测试结束");
    }

    @Test
    void aRevisionFromTheDialogIsTheSecondInTheHistoryAndRetiringEndsTheTemplate() {
        login("admin");
        EvaluationTemplateFixtures.Draft draft = EvaluationTemplateFixtures.draft(templates);
        administration.create(draft.build());
        UI.getCurrent().navigate(EvaluationTemplatesView.class);
        _setValue(_get(DatePicker.class, spec -> spec.withId("evaluation-template-day")), START);
        _setValue(field("evaluation-template-filter"), draft.code);
        Grid<TemplateEntry> grid = grid();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(H3.class, spec -> spec.withText("修订记录：" + draft.code))).isNotNull();
        assertThat(GridKt._size(history())).isEqualTo(1);

        _click(button("evaluation-template-revise"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("修订 " + draft.code + "（当前第 1 版）");
        assertThat(field("evaluation-template-code").isReadOnly()).isTrue();
        TreeGrid<Object> tree = editorTree();
        assertThat(GridKt._size(tree)).isEqualTo(10);
        assertThat(sum(tree, 4)).isEqualTo("60 / 60 right");
        tree.select(GridKt._get(tree, 8));
        assertThat(field("evaluation-indicator-name").getValue()).isEqualTo("测试：对象满意");
        _setValue(area("evaluation-indicator-rule"), "满意度≥85%得12.5分");
        // Another level-3 indicator after the chosen one takes the next number under the same group.
        _click(button("evaluation-indicator-add-sibling"));
        edit("测试：投诉处理", "5", "投诉按时办结得5分");
        assertThat(GridKt._getFormatted(tree, 10, "code")).isEqualTo("EI-2.2.3");
        assertThat(sum(tree, 7)).isEqualTo("30 / 25 wrong");
        tree.select(GridKt._get(tree, 7));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("30"));
        assertThat(sum(tree, 4)).isEqualTo("65 / 60 wrong");
        tree.select(GridKt._get(tree, 4));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("65"));
        tree.select(GridKt._get(tree, 0));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("35"));
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-indicator-total")).getText())
                .isEqualTo("一级指标权重合计：100 / 100");
        _setValue(_get(DatePicker.class, spec -> spec.withId("evaluation-template-effective-from")),
                LocalDate.of(2001, 6, 1));
        _click(button("evaluation-template-save"));
        assertThat(_get(Span.class, spec -> spec.withId("evaluation-indicator-error")).getText())
                .isEqualTo("“测试：决策”下的二级指标权重合计为 40，应为 35。");
        tree.select(GridKt._get(tree, 1));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("35"));
        tree.select(GridKt._get(tree, 3));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal("10"));
        _click(button("evaluation-template-save"));
        assertThat(_find(Span.class, spec -> spec.withId("evaluation-indicator-error"))).as("hidden").isEmpty();
        assertThat(area("evaluation-template-reason").getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(area("evaluation-template-reason"), "增设投诉处理指标");
        _click(button("evaluation-template-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(notifications()).contains("已保存“" + draft.name + "”第 2 版，自 2001-06-01 起施行。");
        assertThat(GridKt._getFormatted(grid, 0, "revision")).isEqualTo("1");
        Grid<TemplateEntry> history = history();
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("第 1 版", "2001-01-01", "2001-05-31", draft.name);
        assertThat(GridKt._getFormattedRow(history, 1))
                .contains("第 2 版", "2001-06-01", "长期", "admin", "增设投诉处理指标");
        // The revision chosen in the history is the one whose tree shows.
        history.select(GridKt._get(history, 1));
        assertThat(_get(H3.class, spec -> spec.withText("指标体系：" + draft.code + " 第 2 版"))).isNotNull();
        assertThat(GridKt._size(indicators())).isEqualTo(11);
        assertThat(GridKt._getFormatted(indicators(), 8, "scoringRule")).isEqualTo("满意度≥85%得12.5分");
        history.deselectAll();
        assertThat(_get(H3.class, spec -> spec.withText("指标体系：" + draft.code + " 第 1 版"))).isNotNull();
        assertThat(templates.find(draft.code, LocalDate.of(2001, 6, 1)).orElseThrow().leaves()).hasSize(6);

        _click(button("evaluation-template-retire"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("停止使用 " + draft.code + "（第 2 版）");
        _setValue(_get(DatePicker.class, spec -> spec.withId("evaluation-template-last-day")),
                LocalDate.of(2001, 12, 31));
        _click(button("evaluation-template-retire-save"));
        assertThat(area("evaluation-template-retire-reason").getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(area("evaluation-template-retire-reason"), "已由新模板取代");
        _click(button("evaluation-template-retire-save"));

        assertThat(notifications()).contains("已停止使用“" + draft.name + "”，最后使用日期 2001-12-31。");
        assertThat(templates.find(draft.code, LocalDate.of(2001, 12, 31))).map(EvaluationTemplate::revision)
                .contains(2);
        assertThat(templates.find(draft.code, LocalDate.of(2002, 1, 1))).isEmpty();
    }

    @Test
    void frontDeskStaffCannotOpenTheTemplatesAndTheAttemptIsRecorded() {
        long before = deniedOpenings();
        login("wangfang");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .doesNotContain("/admin/evaluation-templates");
        UI.getCurrent().navigate("admin/evaluation-templates");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(EvaluationTemplatesView.class::isInstance);
        assertThat(_find(Grid.class)).isEmpty();
        logout();
        assertThat(deniedOpenings()).isEqualTo(before + 1);
    }

    /** Types into the chosen indicator's fields; {@code rule} only for level 3. */
    private static void edit(String name, String weight, String rule) {
        _setValue(field("evaluation-indicator-name"), name);
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("evaluation-indicator-weight")),
                new BigDecimal(weight));
        if (rule != null) {
            _setValue(area("evaluation-indicator-rule"), rule);
        }
    }

    /** A group's sum as shown, and whether it is shown as right or wrong; a blank for level 3. */
    private static String sum(TreeGrid<Object> tree, int row) {
        Span sum = (Span) GridKt._getCellComponent(tree, row, "sum");
        return sum.getText() + " " + (sum.getElement().hasAttribute("data-sum")
                ? sum.getElement().getAttribute("data-sum") : "");
    }

    private long deniedOpenings() {
        login("admin");
        try {
            return auditLog.search("view:admin/evaluation-templates", PageRequest.of(0, 100)).stream()
                    .filter(entry -> entry.actor().equals("wangfang")).count();
        } finally {
            logout();
        }
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<TemplateEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("evaluation-template-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TemplateEntry> history() {
        return _get(Grid.class, spec -> spec.withId("evaluation-template-history"));
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<Indicator> indicators() {
        return _get(TreeGrid.class, spec -> spec.withId("evaluation-template-indicators"));
    }

    /** The dialog's tree; its rows are the editor's own. */
    @SuppressWarnings("unchecked")
    private static TreeGrid<Object> editorTree() {
        return _get(TreeGrid.class, spec -> spec.withId("evaluation-indicator-tree"));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static TextArea area(String id) {
        return _get(TextArea.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
