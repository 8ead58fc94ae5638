package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.purchasedservice.ui.ProviderScreens.button;
import static org.tongban.purchasedservice.ui.ProviderScreens.field;
import static org.tongban.purchasedservice.ui.ProviderScreens.menu;
import static org.tongban.purchasedservice.ui.ProviderScreens.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderFixtures;
import org.tongban.purchasedservice.ProviderKind;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;
import org.tongban.testing.UiTestBase;

/** 承接主体库 and a provider's page, as a project manager uses them. */
class ProviderRegisterViewTests extends UiTestBase {

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ProviderAdministration administration;

    @Autowired
    ServiceProviders register;

    @Autowired
    Clock clock;

    LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectManagerFindsProvidersByNameKindAndTodaysBlacklist() {
        login("wuhao");
        UI.getCurrent().navigate(ProviderRegisterView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("承接主体库 · 社区通办");
        assertThat(menu()).contains("承接主体库").doesNotContain("我的机构");
        _setValue(_get(TextField.class, spec -> spec.withId("ps-providers-search")), "PV00");
        assertThat(codes()).containsExactly("PV001", "PV002", "PV003");
        Grid<ServiceProvider> grid = grid();
        assertThat(GridKt._getFormatted(grid, 0, "name")).isEqualTo("云溪县阳光社会工作服务中心");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("社会工作服务机构");
        assertThat(GridKt._getFormatted(grid, 0, "contact")).isEqualTo("杨光 138****0017");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "party")).getText()).isEqualTo("党组织健全");
        assertThat(((Span) GridKt._getCellComponent(grid, 0, "status")).getText()).isEqualTo("在用");
        assertThat(((Span) GridKt._getCellComponent(grid, 2, "status")).getText()).isEqualTo("黑名单（至 2027-12-31）");

        Select<Boolean> blacklisted = _get(Select.class, spec -> spec.withId("ps-providers-blacklisted"));
        _setValue(blacklisted, true);
        assertThat(codes()).containsExactly("PV003");
        _setValue(blacklisted, false);
        assertThat(codes()).containsExactly("PV001", "PV002");
        _setValue(blacklisted, null);
        _setValue(_get(Select.class, spec -> spec.withId("ps-providers-kind")), ProviderKind.SOCIAL_ORGANISATION);
        assertThat(codes()).containsExactly("PV002");

        GridKt._clickItem(grid, 0);
        assertThat(_get(H2.class, spec -> spec.withId("ps-provider-heading")).getText())
                .isEqualTo("云溪县益邻社区服务社 · PV002");
    }

    @Test
    @SuppressWarnings("unchecked")
    void registersAProviderInTheDialogWithEachRefusalAtItsField() {
        String unit = providers.unit();
        login("wuhao");
        UI.getCurrent().navigate(ProviderRegisterView.class);
        _click(button("ps-providers-new"));

        ComboBox<OrgUnitSummary> units = _get(ComboBox.class, spec -> spec.withId("ps-provider-unit"));
        assertThat(ComboBoxKt.getSuggestionItems(units)).extracting(OrgUnitSummary::code).contains(unit, "CM004")
                .doesNotContain("PV001", "DP-MZ");
        ComboBoxKt.selectByLabel(units, ProviderFixtures.NAME + "（" + unit + "）");
        assertThat(field("ps-provider-name").getValue()).isEqualTo(ProviderFixtures.NAME);
        _setValue(_get(Select.class, spec -> spec.withId("ps-provider-kind")), ProviderKind.SOCIAL_WORK_AGENCY);
        _setValue(field("ps-provider-credit-code"), "52229901MJ0A11736X");
        _setValue(field("ps-provider-legal-representative"), "张界面");
        _setValue(field("ps-provider-contact-person"), "李界面");
        _setValue(field("ps-provider-contact-mobile"), "12345");
        _setValue(field("ps-provider-address"), "云溪县城关街道界面路 2 号");
        _setValue(_get(DatePicker.class, spec -> spec.withId("ps-provider-established-on")), LocalDate.of(2021, 3, 1));
        _setValue(field("ps-provider-registration-authority"), "云溪县民政局");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-provider-party-organisation")), true);
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-provider-services")), "困境儿童关爱");
        _click(button("ps-provider-save"));

        assertThat(field("ps-provider-credit-code").getErrorMessage())
                .isEqualTo("统一社会信用代码“52229901MJ0A11736X”无效：须为 18 位数字或大写字母，且校验位正确（GB 32100）。");
        String creditCode = ProviderFixtures.creditCode();
        _setValue(field("ps-provider-credit-code"), creditCode);
        _click(button("ps-provider-save"));
        assertThat(field("ps-provider-credit-code").isInvalid()).isFalse();
        assertThat(field("ps-provider-contact-mobile").getErrorMessage())
                .isEqualTo("请填写有效的 11 位手机号码，例如 13800000000。");
        assertThat(_find(Dialog.class)).anyMatch(Dialog::isOpened);
        assertThat(register.find(unit)).isEmpty();

        _setValue(field("ps-provider-contact-mobile"), "13912340000");
        _click(button("ps-provider-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(notifications()).contains("已登记承接主体“" + ProviderFixtures.NAME + "”。");
        assertThat(_get(H2.class, spec -> spec.withId("ps-provider-heading")).getText())
                .isEqualTo(ProviderFixtures.NAME + " · " + unit);
        assertThat(register.find(unit)).get().extracting(ServiceProvider::creditCode).isEqualTo(creditCode);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProviderPageKeepsQualificationsAndTheBlacklist() {
        ServiceProvider provider = signIn.as("wuhao", providers::provider);
        signIn.as("wuhao", () -> providers.qualification(provider.code(), today.plusYears(1)));
        login("wuhao");
        UI.getCurrent().navigate(ProviderView.class, provider.code());

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo(ProviderFixtures.NAME + " · 社区通办");
        assertThat(text("ps-provider-fact-credit-code")).isEqualTo(provider.creditCode());
        assertThat(text("ps-provider-fact-contact-mobile")).isEqualTo("13912345678");
        assertThat(text("ps-provider-fact-party-organisation")).isEqualTo("是");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-provider-projects-empty")).getText())
                .isEqualTo("暂无承接项目记录。项目签约后在此列出，结项后附绩效评价等级。");
        Grid<Qualification> qualifications = _get(Grid.class, spec -> spec.withId("ps-provider-qualifications"));
        assertThat(GridKt._size(qualifications)).isEqualTo(1);
        assertThat(GridKt._getFormatted(qualifications, 0, "valid-until")).isEqualTo(today.plusYears(1).toString());
        assertThat(((Anchor) GridKt._getCellComponent(qualifications, 0, "scan")).getText()).isEqualTo("登记证书.pdf");

        _click(button("ps-provider-add-qualification"));
        _setValue(field("ps-qualification-name"), "社会工作服务机构等级证书");
        _setValue(field("ps-qualification-number"), "云社评 2025-018");
        _setValue(field("ps-qualification-issuer"), "云溪县民政局");
        _click(button("ps-qualification-save"));
        assertThat(text("ps-qualification-scan-error")).isEqualTo("请上传证书扫描件（PDF、JPG 或 PNG，不超过 10 MB）。");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ps-qualification-scan")), "等级证书.pdf",
                "application/pdf", ProviderFixtures.PDF);
        _click(button("ps-qualification-save"));
        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        qualifications = _get(Grid.class, spec -> spec.withId("ps-provider-qualifications"));
        assertThat(GridKt._size(qualifications)).isEqualTo(2);
        assertThat(GridKt._getFormatted(qualifications, 1, "valid-until")).isEqualTo("长期有效");

        _click(button("ps-provider-blacklist"));
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-blacklist-reason")), "虚报服务人次");
        _setValue(_get(DatePicker.class, spec -> spec.withId("ps-blacklist-until")), today.minusDays(1));
        _click(button("ps-blacklist-save"));
        assertThat(_get(DatePicker.class, spec -> spec.withId("ps-blacklist-until")).getErrorMessage())
                .isEqualTo("黑名单结束日期不能早于开始日期。");
        _setValue(_get(DatePicker.class, spec -> spec.withId("ps-blacklist-until")), today.plusMonths(6));
        _click(button("ps-blacklist-save"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-provider-status")).getText())
                .isEqualTo("黑名单（至 " + today.plusMonths(6) + "）");
        Grid<Blacklisting> blacklist = _get(Grid.class, spec -> spec.withId("ps-provider-blacklist-grid"));
        assertThat(GridKt._getFormatted(blacklist, 0, "state")).isEqualTo("执行中");
        assertThat(GridKt._getFormatted(blacklist, 0, "term")).isEqualTo(today + " 至 " + today.plusMonths(6));

        assertThat(button("ps-provider-lift").isEnabled()).isFalse();
        blacklist.select(GridKt._get(blacklist, 0));
        _click(button("ps-provider-lift"));
        _click(button("ps-lift-save"));
        assertThat(_get(TextArea.class, spec -> spec.withId("ps-lift-reason")).getErrorMessage()).isEqualTo("请填写原因。");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-lift-reason")), "复核后撤销");
        _click(button("ps-lift-save"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-provider-status")).getText()).isEqualTo("在用");
        blacklist = _get(Grid.class, spec -> spec.withId("ps-provider-blacklist-grid"));
        assertThat(GridKt._getFormatted(blacklist, 0, "state")).isEqualTo("解除");
        assertThat(GridKt._getFormatted(blacklist, 0, "lifted")).contains("wuhao 解除：复核后撤销");

        _click(button("ps-provider-toggle-active"));
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-deactivate-reason")), "机构注销");
        _click(button("ps-deactivate-save"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-provider-status")).getText()).isEqualTo("已停用");
        assertThat(button("ps-provider-toggle-active").getText()).isEqualTo("启用");
        _click(button("ps-provider-toggle-active"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-provider-status")).getText()).isEqualTo("在用");
    }

    @Test
    void anUnknownProviderShowsTheRefusal() {
        login("admin");
        UI.getCurrent().navigate(ProviderView.class, "NOPE9");

        assertThat(text("ps-provider-refusal")).isEqualTo("承接主体库中没有“NOPE9”。");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void providersAndFrontDeskStaffCannotOpenTheRegister() {
        for (String user : List.of("yangguang", "wangfang", "caiwen")) {
            login(user);
            UI.getCurrent().navigate("purchasedservice/providers");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(ProviderRegisterView.class::isInstance);
            assertThat(_get(AccessDeniedView.class).getElement().getText()).isEqualTo("页面不存在，或您没有权限访问该页面。");
            UI.getCurrent().navigate("purchasedservice/providers/PV002");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(ProviderView.class::isInstance);
            assertThat(_find(Grid.class)).isEmpty();
            logout();
        }
    }

    private List<String> codes() {
        Grid<ServiceProvider> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).code()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ServiceProvider> grid() {
        return _get(Grid.class, spec -> spec.withId("ps-providers-grid"));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text")).toList();
    }
}
