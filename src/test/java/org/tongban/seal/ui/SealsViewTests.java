package org.tongban.seal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.CheckboxGroupKt;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.ScopeItem;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseEntry;
import org.tongban.seal.SealFixtures;
import org.tongban.seal.SealKind;
import org.tongban.testing.UiTestBase;

class SealsViewTests extends UiTestBase {

    @Autowired
    SealAdministration administration;

    @Autowired
    SealFixtures seals;

    @Autowired
    Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorRegistersASealWithTheStandardImpressionSetsItsListAndRetiresIt() {
        login("admin");
        String unit = seals.community();
        UI.getCurrent().navigate(SealsView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("印章管理 · 社区通办");
        assertThat(row("SEAL-CM001-01")).contains("和平社区（CM001）", "云溪县城关街道和平社区居民委员会", "证明专用章");

        _click(button("seal-register"));
        ComboBoxKt.selectByLabel(combo("seal-unit"), "印章测试社区（" + unit + "）");
        _click(button("seal-generate"));
        assertThat(field("seal-name").getErrorMessage()).isEqualTo("请填写印文（印章上所刻的名称）。");
        _setValue(field("seal-name"), "云溪县桃源镇印章测试社区居民委员会");
        _click(button("seal-generate"));
        assertThat(field("seal-name").isInvalid()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("seal-preview-caption")).getText()).isEqualTo("标准印模预览（保存时生成）");
        assertThat(_get(Div.class, spec -> spec.withId("seal-preview")).getChildren()).singleElement().isInstanceOf(Image.class);
        _click(button("seal-register-save"));

        String code = "SEAL-" + unit + "-01";
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(NotificationsKt.getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .contains("已登记印章 " + code + "。请再设定使用范围：未列入范围的用途不能用印。");
        assertThat(row(code)).contains("印章测试社区（" + unit + "）", "0 项");
        assertThat(status(code)).isEqualTo("在用");
        assertThat(grid().getSelectedItems()).extracting(SealEntry::code).containsExactly(code);

        _click(button("seal-scope"));
        CheckboxGroup<SealAdministration.UseOption> uses = uses();
        assertThat(CheckboxGroupKt.getItemLabels(uses)).contains("CE-031 居(租)住证明", "CE-037 志愿服务证明")
                .noneMatch(label -> label.contains("亲属关系证明"));
        CheckboxGroupKt.selectByLabel(uses, "CE-031 居(租)住证明", "CE-037 志愿服务证明");
        _click(button("seal-scope-save"));
        assertThat(_get(TextArea.class, spec -> spec.withId("seal-scope-reason")).getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(_get(TextArea.class, spec -> spec.withId("seal-scope-reason")), "按县证明事项清单设定");
        _click(button("seal-scope-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(row(code)).contains("2 项");
        Grid<ScopeItem> scope = _get(Grid.class, spec -> spec.withId("seal-scope-grid"));
        assertThat(GridKt._size(scope)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(scope, 0)).anyMatch(cell -> cell.contains("居(租)住证明"))
                .anyMatch(cell -> cell.contains("admin 列入：按县证明事项清单设定"));

        _click(button("seal-retire"));
        _setValue(_get(TextArea.class, spec -> spec.withId("seal-retire-reason")), "印章磨损，已收缴");
        _click(button("seal-retire-save"));

        assertThat(codes()).doesNotContain(code);
        _setValue(_get(Checkbox.class, spec -> spec.withId("seal-show-retired")), true);
        assertThat(status(code)).isEqualTo("已停用");
        assertThat(administration.list(unit, null)).singleElement().satisfies(seal -> {
            assertThat(seal.active()).isFalse();
            assertThat(seal.kind()).isEqualTo(SealKind.CERTIFICATE);
            assertThat(seal.activeScope()).extracting(ScopeItem::useCode)
                    .containsExactly("certificate:CE-031", "certificate:CE-037");
        });
    }

    @Test
    void anUploadThatIsNotAPngIsRefusedUnderTheUploadAndNothingIsRegistered() {
        login("admin");
        String unit = seals.community();
        UI.getCurrent().navigate(SealsView.class);
        _click(button("seal-register"));
        ComboBoxKt.selectByLabel(combo("seal-unit"), "印章测试社区（" + unit + "）");
        _setValue(field("seal-name"), "云溪县桃源镇印章测试社区居民委员会");

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("seal-upload")), "scan.png", "image/png",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        assertThat(_get(Span.class, spec -> spec.withId("seal-preview-caption")).getText()).isEqualTo("上传的扫描件：scan.png");
        _click(button("seal-register-save"));

        assertThat(_get(Span.class, spec -> spec.withId("seal-image-error")).getText())
                .isEqualTo("印模图片“scan.png”须为 PNG 格式（按文件内容识别）。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(administration.list(unit, null)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theUseLogIsFilteredBySealAndDates() {
        login("admin");
        String unit = seals.community();
        SealEntry seal = seals.seal(unit, SealFixtures.RESIDENCE);
        List<String> references = IntStream.range(0, 3).mapToObj(i -> SealFixtures.reference()).toList();
        references.forEach(reference -> seals.use(unit, SealFixtures.RESIDENCE, reference, "zhangwei"));
        UI.getCurrent().navigate(SealsView.class);
        _get(TabSheet.class, spec -> spec.withId("seal-tabs")).setSelectedIndex(1);

        ComboBox<SealEntry> sealFilter = _get(ComboBox.class, spec -> spec.withId("seal-uses-seal"));
        ComboBoxKt.selectByLabel(sealFilter, seal.code() + " 印章测试社区");
        Grid<UseEntry> log = _get(Grid.class, spec -> spec.withId("seal-uses-grid"));
        assertThat(GridKt._size(log)).isEqualTo(3);
        assertThat(GridKt._getFormatted(log, 0, "document")).isEqualTo(references.get(2));
        assertThat(GridKt._getFormattedRow(log, 0)).contains(seal.code(), "居(租)住证明", "张伟（zhangwei）");

        LocalDate today = LocalDate.now(clock);
        DatePicker from = _get(DatePicker.class, spec -> spec.withId("seal-uses-from"));
        DatePicker to = _get(DatePicker.class, spec -> spec.withId("seal-uses-to"));
        _setValue(from, today.plusDays(1));
        assertThat(GridKt._size(log)).isZero();
        _setValue(to, today);
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).isEqualTo("结束日期不能早于开始日期。");
        _setValue(from, today);
        assertThat(to.isInvalid()).isFalse();
        assertThat(GridKt._size(log)).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDirectorSeesTheirOwnUnitsSealsReadOnly() {
        login("zhangwei");
        UI.getCurrent().navigate("admin/seals");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).anyMatch(SealsView.class::isInstance);
        assertThat(codes()).isNotEmpty().allMatch(code -> code.startsWith("SEAL-CM001-"));
        for (String id : List.of("seal-register", "seal-scope", "seal-retire")) {
            assertThat(_find(Button.class, spec -> spec.withId(id))).as(id).isEmpty();
        }
        assertThat(_get(Paragraph.class, spec -> spec.withId("seal-read-only")).getText())
                .isEqualTo("您可以查看本单位的印章和用印登记；印章由系统管理员登记和维护。");
        _get(TabSheet.class, spec -> spec.withId("seal-tabs")).setSelectedIndex(1);
        ComboBox<SealEntry> sealFilter = _get(ComboBox.class, spec -> spec.withId("seal-uses-seal"));
        assertThat(ComboBoxKt.getSuggestionItems(sealFilter)).isNotEmpty()
                .allMatch(seal -> seal.unitCode().equals("CM001"));
        Grid<UseEntry> log = _get(Grid.class, spec -> spec.withId("seal-uses-grid"));
        assertThat(IntStream.range(0, GridKt._size(log)).mapToObj(row -> GridKt._get(log, row)))
                .allMatch(use -> use.unitCode().equals("CM001"));
    }

    @Test
    void frontDeskStaffCannotOpenTheSeals() {
        login("wangfang");
        UI.getCurrent().navigate("admin/seals");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(SealsView.class::isInstance);
        assertThat(_get(AccessDeniedView.class).getElement().getText()).isEqualTo("页面不存在，或您没有权限访问该页面。");
        assertThat(_find(Grid.class)).isEmpty();
    }

    private static List<String> codes() {
        Grid<SealEntry> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).code()).toList();
    }

    /** The formatted cells of the seal's row. */
    private static List<String> row(String code) {
        Grid<SealEntry> grid = grid();
        int index = codes().indexOf(code);
        assertThat(index).as("row of %s", code).isNotNegative();
        return GridKt._getFormattedRow(grid, index);
    }

    private static String status(String code) {
        return GridKt._getCellComponent(grid(), codes().indexOf(code), "status").getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<SealEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("seal-grid"));
    }

    @SuppressWarnings("unchecked")
    private static CheckboxGroup<SealAdministration.UseOption> uses() {
        return _get(CheckboxGroup.class, spec -> spec.withId("seal-scope-uses"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
