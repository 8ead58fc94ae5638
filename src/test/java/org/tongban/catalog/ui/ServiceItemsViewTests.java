package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.CatalogueFixtures;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemEntry;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.catalog.ServiceItem.MaterialForm;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.testing.UiTestBase;

class ServiceItemsViewTests extends UiTestBase {

    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void listsTheCatalogueWithDepartmentNamesDaysAndChannels() {
        login("admin");
        UI.getCurrent().navigate(ServiceItemsView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("事项目录 · 社区通办");
        _setValue(field("service-item-filter"), "SI-020");
        Grid<ServiceItemEntry> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("法律援助申请");
        assertThat(GridKt._getFormatted(grid, 0, "department")).isEqualTo("县司法局");
        assertThat(GridKt._getFormatted(grid, 0, "promisedDays")).isEqualTo("7");
        assertThat(GridKt._getFormatted(grid, 0, "legalDays")).isEqualTo("7");
        assertThat(GridKt._getFormatted(grid, 0, "channels")).isEqualTo("窗口办理、网上办理、代办");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("在用");

        _setValue(field("service-item-filter"), "SI-001");
        assertThat(GridKt._getFormatted(grid, 0, "promisedDays")).isEqualTo("即办");
        assertThat(GridKt._getFormatted(grid, 0, "legalDays")).isEqualTo("—");
    }

    @Test
    void createsAnItemWithTwoMaterialsThroughTheDialog() {
        login("admin");
        UI.getCurrent().navigate(ServiceItemsView.class);
        String code = CatalogueFixtures.itemCode();

        _click(button("service-item-new"));
        _setValue(field("service-item-code"), code);
        _setValue(field("service-item-name"), "界面测试补贴申请");
        chooseDepartment("DP-MZ");
        _setValue(integerField("service-item-promised-days"), 5);
        _setValue(integerField("service-item-legal-days"), 10);
        @SuppressWarnings("unchecked")
        CheckboxGroup<Channel> channels = _get(CheckboxGroup.class, spec -> spec.withId("service-item-channels"));
        _setValue(channels, Set.of(Channel.COUNTER, Channel.HOME_VISIT));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnitSummary> countersign = _get(MultiSelectComboBox.class,
                spec -> spec.withId("service-item-countersign"));
        _setValue(countersign, Set.of(countersign.getListDataView().getItems()
                .filter(unit -> unit.code().equals("DP-CL")).findFirst().orElseThrow()));

        _setValue(field("material-name-1"), "居民身份证");
        _setValue(formSelect(1), MaterialForm.ORIGINAL_AND_COPY);
        _click(button("material-add"));
        _setValue(field("material-name-2"), "申请表");
        _setValue(integerField("material-copies-2"), 2);
        _setValue(_get(Checkbox.class, spec -> spec.withId("material-mandatory-2")), false);
        _setValue(field("material-notes-2"), "可在窗口现场填写");
        // The form goes first: move it up.
        _click(button("material-up-2"));
        assertThat(field("material-name-1").getValue()).isEqualTo("申请表");
        _click(button("service-item-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(NotificationsKt.getNotifications()).extracting(notification -> notification.getElement().getProperty("text"))
                .contains("已保存。");
        ServiceItem saved = catalogue.find(code).orElseThrow();
        // New materials are numbered in the order they are saved in.
        assertThat(saved.materials()).containsExactly(
                new Material("M1", "申请表", MaterialForm.ORIGINAL, 2, false, "可在窗口现场填写"),
                new Material("M2", "居民身份证", MaterialForm.ORIGINAL_AND_COPY, 1, true, null));
        assertThat(saved.countersignDepartments()).containsExactly("DP-CL");
        assertThat(saved.channels()).containsExactly(Channel.COUNTER, Channel.HOME_VISIT);
        assertThat(saved.legalDays()).isEqualTo(10);

        Grid<ServiceItemEntry> grid = grid();
        int row = rowOf(grid, code);
        assertThat(GridKt._getFormatted(grid, row, "department")).isEqualTo("县民政局");
        assertThat(GridKt._getFormatted(grid, row, "channels")).isEqualTo("窗口办理、上门办理");
        assertThat(grid.getSelectedItems()).extracting(ServiceItemEntry::code).containsExactly(code);

        // Deactivate the new item from the toolbar.
        _click(button("service-item-toggle-active"));
        assertThat(GridKt._getFormatted(grid, rowOf(grid, code), "status")).isEqualTo("已停用");
        assertThat(catalogue.find(code).orElseThrow().active()).isFalse();
        assertThat(button("service-item-toggle-active").getText()).isEqualTo("启用");
    }

    @Test
    void aRefusalShowsNextToItsFieldAndSavesNothing() {
        login("admin");
        UI.getCurrent().navigate(ServiceItemsView.class);
        String code = CatalogueFixtures.itemCode();

        _click(button("service-item-new"));
        _setValue(field("service-item-code"), code);
        _setValue(field("service-item-name"), "超期测试申请");
        chooseDepartment("DP-RS");
        _setValue(integerField("service-item-promised-days"), 10);
        _setValue(integerField("service-item-legal-days"), 7);
        _setValue(field("material-name-1"), "居民身份证");
        _click(button("service-item-save"));

        IntegerField promised = integerField("service-item-promised-days");
        assertThat(promised.isInvalid()).isTrue();
        assertThat(promised.getErrorMessage()).isEqualTo("承诺时限（10 个工作日）不能超过法定时限（7 个工作日）。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);

        // Fixed, but the material now has no name: the message moves to the materials.
        _setValue(integerField("service-item-promised-days"), 5);
        _setValue(field("material-name-1"), "");
        _click(button("service-item-save"));

        assertThat(integerField("service-item-promised-days").isInvalid()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("materials-error")).getText()).isEqualTo("第 1 项申请材料未填写名称。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(catalogue.find(code)).isEmpty();
    }

    @Test
    void editingAnItemKeepsItsCodeAndMaterials() {
        login("admin");
        UI.getCurrent().navigate(ServiceItemsView.class);
        _setValue(field("service-item-filter"), "SI-008");
        Grid<ServiceItemEntry> grid = grid();
        grid.select(GridKt._get(grid, 0));

        _click(button("service-item-edit"));

        assertThat(field("service-item-code").isReadOnly()).isTrue();
        assertThat(field("service-item-name").getValue()).isEqualTo("困难残疾人生活补贴申请");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnitSummary> countersign = _get(MultiSelectComboBox.class,
                spec -> spec.withId("service-item-countersign"));
        assertThat(countersign.getValue()).extracting(OrgUnitSummary::code).containsExactly("DP-CL");
        List<String> names = IntStream.rangeClosed(1, 4).mapToObj(row -> field("material-name-" + row).getValue()).toList();
        assertThat(names).containsExactly("申请表", "居民身份证或户口簿", "第二代中华人民共和国残疾人证", "低保等困难身份证明");
        _click(button("service-item-cancel"));
        assertThat(catalogue.find("SI-008").orElseThrow().name()).isEqualTo("困难残疾人生活补贴申请");
    }

    @Test
    void frontDeskStaffCannotOpenTheAdministration() {
        login("wangfang");
        UI.getCurrent().navigate("admin/service-items");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).noneMatch(ServiceItemsView.class::isInstance);
        assertThat(_find(Grid.class)).isEmpty();
    }

    private void chooseDepartment(String code) {
        @SuppressWarnings("unchecked")
        ComboBox<OrgUnitSummary> department = _get(ComboBox.class, spec -> spec.withId("service-item-department"));
        _setValue(department, ComboBoxKt.getSuggestionItems(department).stream()
                .filter(unit -> unit.code().equals(code)).findFirst().orElseThrow());
    }

    private static int rowOf(Grid<ServiceItemEntry> grid, String code) {
        return IntStream.range(0, GridKt._size(grid)).filter(row -> GridKt._get(grid, row).code().equals(code))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ServiceItemEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("service-item-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<MaterialForm> formSelect(int row) {
        return _get(Select.class, spec -> spec.withId("material-form-" + row));
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    private static IntegerField integerField(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
