package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.tongban.base.AuditLog;
import org.tongban.catalog.CertificateFixtures;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateListAdministration;
import org.tongban.catalog.CertificateListAdministration.CertificateEntry;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;
import org.tongban.testing.UiTestBase;

class CertificatesViewTests extends UiTestBase {

    private static final LocalDate START = CertificateFixtures.START;

    @Autowired
    CertificateList list;

    @Autowired
    CertificateListAdministration administration;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    @Test
    void showsTheListsInForceTodayWithListingsAsBadgesAndADoubleClickOpensTheRevision() {
        login("admin");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/admin/certificates");
        UI.getCurrent().navigate(CertificatesView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("证明事项清单 · 社区通办");
        assertThat(_get(DatePicker.class, spec -> spec.withId("certificate-day")).getValue())
                .isEqualTo(LocalDate.now(clock));
        Grid<CertificateEntry> grid = grid();
        assertThat(GridKt._size(grid)).isGreaterThanOrEqualTo(33);
        assertThat(GridKt._get(grid, 0).code()).as("the issued list first").isEqualTo("CE-024");

        _setValue(field("certificate-filter"), "单身证明");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "code")).isEqualTo("CE-008");
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("婚姻状况证明");
        assertThat(GridKt._getFormatted(grid, 0, "basisOrReason")).isEqualTo("列入首批不应出具清单");
        assertThat(GridKt._getFormatted(grid, 0, "referTo"))
                .isEqualTo("告知承诺；婚姻登记机关(民政部门)婚姻登记档案查询;或申请人书面承诺");
        assertThat(GridKt._getFormatted(grid, 0, "validity")).isEmpty();
        assertThat(GridKt._getFormatted(grid, 0, "effectiveTo")).isEqualTo("长期");
        assertThat(badge(grid)).isEqualTo("不予出具");
        _setValue(field("certificate-filter"), "CE-031");
        assertThat(badge(grid)).isEqualTo("可出具");
        assertThat(GridKt._getFormatted(grid, 0, "validity")).isEqualTo("90 天");
        assertThat(GridKt._getFormatted(grid, 0, "referTo")).isEmpty();
        _setValue(field("certificate-filter"), "CE-028");
        assertThat(GridKt._getFormatted(grid, 0, "validity")).isEqualTo("长期有效");

        // A refused certificate opens with its own fields only.
        _setValue(field("certificate-filter"), "CE-008");
        GridKt._doubleClickItem(grid, 0);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("修订 CE-008（当前第 1 版）");
        assertThat(listing().isReadOnly()).isTrue();
        assertThat(replacement().getValue()).isEqualTo(CertificateReplacement.COMMITMENT);
        assertThat(area("certificate-refer-to").getValue()).startsWith("婚姻登记机关");
        assertThat(area("certificate-basis").getLabel()).isEqualTo("不予出具的原因");
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-template"))).isEmpty();
        assertThat(_find(IntegerField.class, spec -> spec.withId("certificate-validity"))).isEmpty();
        _click(button("certificate-cancel"));

        // The lists as they stood before they were published: empty.
        _setValue(field("certificate-filter"), "");
        _setValue(_get(DatePicker.class, spec -> spec.withId("certificate-day")), LocalDate.of(2025, 12, 31));
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void theCreateDialogShowsTheChosenListingsFieldsAndRefusalsNextToThem() {
        login("admin");
        UI.getCurrent().navigate(CertificatesView.class);
        String code = CertificateFixtures.freeCode(list);

        _click(button("certificate-new"));
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-required-evidence"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-refer-to"))).isEmpty();
        _setValue(field("certificate-code"), code);
        _setValue(field("certificate-name"), "测试：界面新增的证明");
        _setValue(field("certificate-aliases"), "样例丁证明、样例丁单");
        _setValue(_get(DatePicker.class, spec -> spec.withId("certificate-effective-from")), START);

        // Refused, with nothing to replace it and nobody named to go to instead.
        _setValue(listing(), CertificateListing.REFUSED);
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-required-evidence"))).isEmpty();
        _setValue(area("certificate-basis"), "测试：不予出具的原因");
        _setValue(replacement(), CertificateReplacement.NONE);
        _click(button("certificate-save"));
        TextArea referTo = area("certificate-refer-to");
        assertThat(referTo.isInvalid()).isTrue();
        assertThat(referTo.getErrorMessage()).isEqualTo("没有告知承诺或数据共享代替的，须写明由哪个部门出具或核实。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);

        // Issued after all: a template with a placeholder nobody fills in.
        _setValue(listing(), CertificateListing.ISSUED);
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-refer-to"))).isEmpty();
        assertThat(area("certificate-basis").getLabel()).isEqualTo("出具依据");
        _setValue(area("certificate-basis"), "测试依据第一条");
        _setValue(area("certificate-required-evidence"), "居民身份证");
        _setValue(area("certificate-facts-checked"), "测试事实");
        _setValue(_get(Checkbox.class, spec -> spec.withId("certificate-home-visit")), true);
        _setValue(area("certificate-template"), "兹证明{持证人}在{居委会}:{核实情况}");
        _setValue(_get(IntegerField.class, spec -> spec.withId("certificate-validity")), 30);
        _click(button("certificate-save"));
        TextArea template = area("certificate-template");
        assertThat(referTo.isInvalid()).isFalse();
        assertThat(template.isInvalid()).isTrue();
        assertThat(template.getErrorMessage()).isEqualTo(
                "模板中的占位符“{居委会}”无法填写；可用的占位符有：{持证人}、{公民身份号码}、{社区}、{用途}、{核实情况}。");
        assertThat(list.history(code)).isEmpty();

        _setValue(template, CertificateFixtures.TEMPLATE);
        _click(button("certificate-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(notifications()).contains("已新增“测试：界面新增的证明”。");
        assertThat(list.find(code, START)).hasValueSatisfying(type -> {
            assertThat(type.issuable()).isTrue();
            assertThat(type.aliases()).containsExactly("样例丁证明", "样例丁单");
            assertThat(type.referTo()).as("typed under the other listing, not sent").isEmpty();
            assertThat(type.homeVisit()).isTrue();
            assertThat(type.validityDays()).isEqualTo(30);
            assertThat(type.signerRole()).isEqualTo("director");
        });
        administration.retire(code, 1, LocalDate.of(2001, 12, 31), "测试结束");
    }

    @Test
    void aRevisionFromTheDialogIsTheSecondInTheHistoryAndRetiringEndsTheEntry() {
        login("admin");
        CertificateFixtures.Draft draft = CertificateFixtures.draft(CertificateListing.ISSUED, list);
        administration.create(draft.build());
        UI.getCurrent().navigate(CertificatesView.class);
        _setValue(field("certificate-filter"), draft.code);
        Grid<CertificateEntry> grid = grid();
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(H3.class, spec -> spec.withText("修订记录：" + draft.code))).isNotNull();
        assertThat(GridKt._size(history())).isEqualTo(1);

        _click(button("certificate-revise"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("修订 " + draft.code + "（当前第 1 版）");
        assertThat(field("certificate-code").isReadOnly()).isTrue();
        assertThat(area("certificate-required-evidence").getValue()).isEqualTo(draft.requiredEvidence);
        assertThat(_find(TextArea.class, spec -> spec.withId("certificate-refer-to"))).isEmpty();
        _setValue(_get(IntegerField.class, spec -> spec.withId("certificate-validity")), 30);
        _setValue(_get(DatePicker.class, spec -> spec.withId("certificate-effective-from")), LocalDate.of(2001, 6, 1));
        _click(button("certificate-save"));
        assertThat(area("certificate-reason").getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(area("certificate-reason"), "有效期缩短为 30 天");
        _click(button("certificate-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(notifications()).contains("已保存“" + draft.nameZh + "”第 2 版，自 2001-06-01 起施行。");
        assertThat(GridKt._getFormatted(grid, 0, "revision")).isEqualTo("2");
        assertThat(GridKt._getFormatted(grid, 0, "validity")).isEqualTo("30 天");
        Grid<CertificateEntry> history = history();
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).contains("第 1 版", "2001-01-01", "2001-05-31", draft.nameZh);
        assertThat(GridKt._getFormattedRow(history, 1))
                .contains("第 2 版", "2001-06-01", "长期", "admin", "有效期缩短为 30 天");
        assertThat(list.find(draft.code, LocalDate.of(2001, 6, 1))).map(CertificateType::validityDays).contains(30);

        _click(button("certificate-retire"));
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("停止执行 " + draft.code + "（第 2 版）");
        _setValue(_get(DatePicker.class, spec -> spec.withId("certificate-last-day")), LocalDate.of(2001, 12, 31));
        _click(button("certificate-retire-save"));
        assertThat(area("certificate-retire-reason").getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(area("certificate-retire-reason"), "已并入其他证明事项");
        _click(button("certificate-retire-save"));

        assertThat(GridKt._size(grid)).as("not in force today").isZero();
        assertThat(list.find(draft.code, LocalDate.of(2001, 12, 31))).map(CertificateType::revision).contains(2);
        assertThat(list.find(draft.code, LocalDate.of(2002, 1, 1))).isEmpty();
    }

    @Test
    void frontDeskStaffCannotOpenTheListAdministrationAndTheAttemptIsRecorded() {
        long before = deniedOpenings();
        login("wangfang");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path)
                .doesNotContain("/admin/certificates");
        UI.getCurrent().navigate("admin/certificates");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(CertificatesView.class::isInstance);
        assertThat(_find(Grid.class)).isEmpty();
        logout();
        assertThat(deniedOpenings()).isEqualTo(before + 1);
    }

    private long deniedOpenings() {
        login("admin");
        try {
            return auditLog.search("view:admin/certificates", PageRequest.of(0, 100)).stream()
                    .filter(entry -> entry.actor().equals("wangfang")).count();
        } finally {
            logout();
        }
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
    }

    private static String badge(Grid<CertificateEntry> grid) {
        Component badge = GridKt._getCellComponent(grid, 0, "listing");
        return badge.getElement().getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CertificateEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("certificate-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CertificateEntry> history() {
        return _get(Grid.class, spec -> spec.withId("certificate-history"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CertificateListing> listing() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("certificate-listing"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<CertificateReplacement> replacement() {
        return _get(RadioButtonGroup.class, spec -> spec.withId("certificate-replacement"));
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
