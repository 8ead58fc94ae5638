package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarAdministration.CalendarEntry;
import org.tongban.catalog.CalendarAdministration.EntryForm;
import org.tongban.catalog.CalendarDayKind;
import org.tongban.testing.UiTestBase;

/** The 工作日历 screen as an administrator uses it; scratch entries go into 2089 and are removed afterwards. */
class CalendarViewTests extends UiTestBase {

    static final int SCRATCH_YEAR = 2089;

    @Autowired
    CalendarAdministration calendar;

    @AfterEach
    void removeScratchEntries() {
        signIn.as("admin", () -> calendar.list(SCRATCH_YEAR).forEach(entry -> calendar.remove(entry.id())));
    }

    @Test
    void administratorsFindTheCalendarUnderAdministration() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("工作日历 · 社区通办");
        SideNav adminMenu = _find(SideNav.class).stream()
                .filter(nav -> "系统管理".equals(nav.getLabel())).findFirst().orElseThrow();
        assertThat(adminMenu.getItems()).extracting(SideNavItem::getLabel).contains("工作日历");
    }

    @Test
    void showsTheEntriesOfAYearAndWhetherItIsLoaded() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);

        _setValue(year(), 2026);

        Grid<CalendarEntry> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(39);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("2026-01-01", "星期四", "节假日", "元旦");
        assertThat(GridKt._getFormattedRow(grid, 4)).startsWith("2026-02-14", "星期六", "调休上班日", "春节调休上班");
        assertThat(status()).isEqualTo("2026 年已载入：节假日 33 天，调休上班日 6 天；未列出的日期按周一至周五上班、周六周日休息。");

        int unloaded = year().getListDataView().getItems().filter(y -> y != 2026)
                .filter(y -> signIn.as("admin", () -> !calendar.status(y).loaded())).findFirst().orElseThrow();
        _setValue(year(), unloaded);
        assertThat(GridKt._size(grid())).isZero();
        assertThat(status()).isEqualTo(unloaded + " 年尚未载入节假日安排，暂按周一至周五计算工作日。国务院办公厅发布该年通知后，请导入或逐条添加。");
    }

    @Test
    void theCalculatorGivesTheDueDate() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);

        _setValue(_get(DatePicker.class, spec -> spec.withId("calendar-calc-start")), LocalDate.of(2026, 2, 13));
        _setValue(_get(IntegerField.class, spec -> spec.withId("calendar-calc-days")), 2);
        assertThat(calculatorResult()).isEqualTo("截止日期：2026-02-24（星期二），期间共 11 个自然日。");

        _setValue(_get(IntegerField.class, spec -> spec.withId("calendar-calc-days")), 0);
        assertThat(calculatorResult()).isEqualTo("截止日期：2026-02-13（星期五），期间共 0 个自然日。");

        _setValue(_get(DatePicker.class, spec -> spec.withId("calendar-calc-start")), LocalDate.of(SCRATCH_YEAR, 1, 6));
        _setValue(_get(IntegerField.class, spec -> spec.withId("calendar-calc-days")), 3);
        assertThat(calculatorResult()).isEqualTo("截止日期：2089-01-11（星期二），期间共 5 个自然日。"
                + " 其中 2089 年尚未载入节假日安排，按周一至周五计算。");
    }

    @Test
    void addsEditsAndDeletesAnEntryThroughTheDialog() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("calendar-new")));
        _setValue(_get(DatePicker.class, spec -> spec.withId("calendar-entry-date")), LocalDate.of(SCRATCH_YEAR, 1, 1));
        _setValue(kind(), CalendarDayKind.HOLIDAY);
        _setValue(name(), "元旦");
        _click(_get(Button.class, spec -> spec.withId("calendar-entry-save")));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(year().getValue()).as("the view turns to the entry's year").isEqualTo(SCRATCH_YEAR);
        assertThat(GridKt._getFormattedRow(grid(), 0)).startsWith("2089-01-01", "星期六", "节假日", "元旦", "admin");
        assertThat(status()).startsWith("2089 年已载入：节假日 1 天，调休上班日 0 天");

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("calendar-edit")));
        assertThat(name().getValue()).isEqualTo("元旦");
        _setValue(name(), "元旦节");
        _click(_get(Button.class, spec -> spec.withId("calendar-entry-save")));
        assertThat(GridKt._getFormatted(grid(), 0, "name")).isEqualTo("元旦节");

        grid().select(GridKt._get(grid(), 0));
        _click(_get(Button.class, spec -> spec.withId("calendar-delete")));
        _click(_get(Button.class, spec -> spec.withId("calendar-delete-confirm")));
        assertThat(GridKt._size(grid())).isZero();
    }

    @Test
    void aConflictIsShownUnderTheDateAndKeepsTheDialogOpen() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);

        _click(_get(Button.class, spec -> spec.withId("calendar-new")));
        DatePicker date = _get(DatePicker.class, spec -> spec.withId("calendar-entry-date"));
        _setValue(date, LocalDate.of(2026, 2, 14));
        _setValue(kind(), CalendarDayKind.HOLIDAY);
        _setValue(name(), "春节");
        _click(_get(Button.class, spec -> spec.withId("calendar-entry-save")));

        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("2026-02-14 已是调休上班日（春节调休上班），不能再设为节假日。如安排有变，请编辑该条目。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);

        _setValue(name(), "");
        _setValue(date, LocalDate.of(SCRATCH_YEAR, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("calendar-entry-save")));
        assertThat(name().getErrorMessage()).isEqualTo("请填写名称，例如“春节”。");
        assertThat(signIn.as("admin", () -> calendar.list(SCRATCH_YEAR))).isEmpty();
    }

    @Test
    void importsAYearFromAnUploadedFileAfterSayingWhatItReplaces() {
        signIn.as("admin", () -> calendar.add(new EntryForm(LocalDate.of(SCRATCH_YEAR, 5, 1), CalendarDayKind.HOLIDAY, "劳动节")));
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);
        _setValue(year(), SCRATCH_YEAR);

        _click(_get(Button.class, spec -> spec.withId("calendar-import")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("calendar-import-explanation")).getText())
                .startsWith("导入将替换 2089 年的全部条目（现有 1 条）。");
        Button start = _get(Button.class, spec -> spec.withId("calendar-import-start"));
        assertThat(start.isEnabled()).isFalse();

        upload("holidays-2089.csv", "date,kind,name\n2089-01-01,holiday,元旦\n2089-01-02,holiday,元旦\n2089-01-08,makeup_workday,元旦调休上班\n");
        _click(start);

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(status()).startsWith("2089 年已载入：节假日 2 天，调休上班日 1 天");
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndChangesNothing() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);
        _setValue(year(), 2026);

        _click(_get(Button.class, spec -> spec.withId("calendar-import")));
        upload("holidays_2026.csv", "date,kind,name\n2026-01-01,holiday,元旦\n2026-01-04,makeup_workday,元旦调休上班\n2026-01-05,makeup_workday,调休\n");
        _click(_get(Button.class, spec -> spec.withId("calendar-import-start")));

        assertThat(_get(Span.class, spec -> spec.withId("calendar-import-error")).getText())
                .isEqualTo("第 4 行：2026-01-05 是星期一，本来就是工作日，不能设为调休上班日；调休上班日只能是周六或周日。"
                        + "未导入任何条目，请改正后重新导入。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(signIn.as("admin", () -> calendar.list(2026))).hasSize(39);
    }

    @Test
    void onlyCsvFilesAreTaken() {
        login("admin");
        UI.getCurrent().navigate(CalendarView.class);
        _click(_get(Button.class, spec -> spec.withId("calendar-import")));

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("calendar-upload")), "notice.pdf", "application/pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        assertThat(_get(Span.class, spec -> spec.withId("calendar-import-error")).getText())
                .isEqualTo("只能上传不超过 64 KB 的 .csv 文件。");
        assertThat(_get(Button.class, spec -> spec.withId("calendar-import-start")).isEnabled()).isFalse();
    }

    @Test
    void otherStaffCannotOpenTheCalendar() {
        login("wangfang");
        UI.getCurrent().navigate("admin/calendar");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(CalendarView.class::isInstance);
        assertThat(_get(AccessDeniedView.class).getElement().getText()).isEqualTo("页面不存在，或您没有权限访问该页面。");
        assertThat(_find(Grid.class)).isEmpty();
    }

    private void upload(String fileName, String content) {
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("calendar-upload")), fileName, "text/csv",
                content.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static Select<Integer> year() {
        return _get(Select.class, spec -> spec.withId("calendar-year"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CalendarEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("calendar-grid"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CalendarDayKind> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("calendar-entry-kind"));
    }

    private static TextField name() {
        return _get(TextField.class, spec -> spec.withId("calendar-entry-name"));
    }

    private static String status() {
        return _get(Span.class, spec -> spec.withId("calendar-status")).getText();
    }

    private static String calculatorResult() {
        return _get(Span.class, spec -> spec.withId("calendar-calc-result")).getText();
    }
}
