package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tongban.base.AuditLog;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemFixtures;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemList;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;
import org.tongban.testing.UiTestBase;

class WorkItemsViewTests extends UiTestBase {

    @Autowired
    WorkItemList list;

    @Autowired
    WorkItemListAdministration administration;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Test
    void showsTheListInForceTodayWithKindsAsBadges() {
        login("admin");
        UI.getCurrent().navigate(WorkItemsView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("工作事项清单 · 社区通办");
        assertThat(_get(DatePicker.class, spec -> spec.withId("work-item-day")).getValue()).isEqualTo(LocalDate.now(clock));
        Grid<WorkItemEntry> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(72);

        _setValue(field("work-item-filter"), "WI-N03");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("要求村(社区)作为责任主体开展拆迁拆违、环境整治、城市管理等执法工作");
        assertThat(GridKt._getFormatted(grid, 0, "legalBasis")).startsWith("湘民发〔2020〕41号");
        assertThat(GridKt._getFormatted(grid, 0, "effectiveFrom")).isEqualTo("2026-01-01");
        assertThat(GridKt._getFormatted(grid, 0, "effectiveTo")).isEqualTo("长期");
        assertThat(GridKt._getFormatted(grid, 0, "revision")).isEqualTo("1");
        assertThat(badge(grid)).isEqualTo("负面清单");
        _setValue(field("work-item-filter"), "WI-A05");
        assertThat(GridKt._getFormatted(grid, 0, "departments")).isEqualTo("民政局;残联");
        assertThat(badge(grid)).isEqualTo("协助");
        _setValue(field("work-item-filter"), "WI-D01");
        assertThat(badge(grid)).isEqualTo("依法履职");

        // The list as it stood before it was published: empty.
        _setValue(field("work-item-filter"), "WI-D0");
        _setValue(_get(DatePicker.class, spec -> spec.withId("work-item-day")), LocalDate.of(2025, 12, 31));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void theCreateDialogShowsRefusalsNextToTheirFieldsAndSavesNothing() {
        login("admin");
        UI.getCurrent().navigate(WorkItemsView.class);
        String code = WorkItemFixtures.freeCode(WorkItemKind.ASSIST, list);

        _click(button("work-item-new"));
        _setValue(field("work-item-code"), code);
        _setValue(kind(), WorkItemKind.ASSIST);
        _setValue(field("work-item-name"), "测试：界面新增的协助事项");
        _setValue(area("work-item-legal-basis"), "测试依据");
        _click(button("work-item-save"));

        TextArea funding = area("work-item-funding");
        assertThat(funding.isVisible()).isTrue();
        assertThat(funding.isInvalid()).isTrue();
        assertThat(funding.getErrorMessage()).isEqualTo("协助政府工作事项须写明经费和工作条件（费随事转）。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);

        // The funding is there now, but the kind no longer matches the code's letter.
        _setValue(funding, "由民政局提供经费");
        _setValue(kind(), WorkItemKind.DUTY);
        assertThat(funding.isVisible()).isFalse();
        _click(button("work-item-save"));

        assertThat(funding.isInvalid()).isFalse();
        assertThat(field("work-item-code").getErrorMessage())
                .isEqualTo("编码“" + code + "”与类型不符：依法履职事项的编码以“WI-D”开头。");
        assertThat(field("work-item-code").isInvalid()).isTrue();
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(list.history(code)).isEmpty();
    }

    @Test
    void aRevisionFromTheDialogIsTheSecondInTheHistoryAndRetiringEndsTheEntry() {
        login("admin");
        WorkItemFixtures.Draft draft = WorkItemFixtures.draft(WorkItemKind.DUTY, list);
        administration.create(draft.build());
        UI.getCurrent().navigate(WorkItemsView.class);
        _setValue(field("work-item-filter"), draft.code);
        Grid<WorkItemEntry> grid = grid();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(H3.class, spec -> spec.withText("修订记录：" + draft.code))).isNotNull();
        assertThat(GridKt._size(history())).isEqualTo(1);

        _click(button("work-item-revise"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("修订 " + draft.code + "（当前第 1 版）");
        assertThat(field("work-item-code").isReadOnly()).isTrue();
        assertThat(field("work-item-name").getValue()).isEqualTo(draft.nameZh);
        _setValue(field("work-item-name"), "测试：界面修订后的名称");
        _setValue(_get(DatePicker.class, spec -> spec.withId("work-item-effective-from")), LocalDate.of(2001, 6, 1));
        _click(button("work-item-save"));
        assertThat(area("work-item-reason").getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(area("work-item-reason"), "依据新文件调整");
        _click(button("work-item-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(NotificationsKt.getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .contains("已保存“测试：界面修订后的名称”第 2 版，自 2001-06-01 起施行。");
        assertThat(GridKt._getFormatted(grid, 0, "revision")).isEqualTo("2");
        Grid<WorkItemEntry> history = history();
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("第 1 版", "2001-01-01", "2001-05-31", draft.nameZh);
        assertThat(GridKt._getFormattedRow(history, 1))
                .contains("第 2 版", "2001-06-01", "长期", "测试：界面修订后的名称", "admin", "依据新文件调整");
        assertThat(list.find(draft.code, LocalDate.of(2001, 6, 1))).map(WorkItem::nameZh).contains("测试：界面修订后的名称");

        _click(button("work-item-retire"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("work-item-last-day")), LocalDate.of(2001, 12, 31));
        _setValue(area("work-item-retire-reason"), "已并入其他事项");
        _click(button("work-item-retire-save"));

        assertThat(GridKt._size(grid)).as("not in force today").isZero();
        assertThat(list.find(draft.code, LocalDate.of(2001, 12, 31))).map(WorkItem::revision).contains(2);
        assertThat(list.find(draft.code, LocalDate.of(2002, 1, 1))).isEmpty();
    }

    @Test
    void frontDeskStaffCannotOpenTheListAdministrationAndTheAttemptIsRecorded() {
        long before = deniedOpenings();
        login("wangfang");
        UI.getCurrent().navigate("admin/work-items");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(WorkItemsView.class::isInstance);
        assertThat(_find(Grid.class)).isEmpty();
        logout();
        assertThat(deniedOpenings()).isEqualTo(before + 1);
    }

    private long deniedOpenings() {
        login("admin");
        try {
            return auditLog.search("view:admin/work-items", PageRequest.of(0, 100)).stream()
                    .filter(entry -> entry.actor().equals("wangfang")).count();
        } finally {
            logout();
        }
    }

    private static String badge(Grid<WorkItemEntry> grid) {
        Component badge = GridKt._getCellComponent(grid, 0, "kind");
        return badge.getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItemEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("work-item-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<WorkItemEntry> history() {
        return _get(Grid.class, spec -> spec.withId("work-item-history"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<WorkItemKind> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("work-item-kind"));
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
