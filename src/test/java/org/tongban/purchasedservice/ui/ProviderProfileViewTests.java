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
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderFixtures;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;
import org.tongban.testing.UiTestBase;

/** 我的机构, as a provider's contact keeps the profile and qualifications. */
class ProviderProfileViewTests extends UiTestBase {

    @Autowired
    ProviderFixtures providers;

    @Autowired
    ServiceProviders register;

    @Autowired
    org.tongban.purchasedservice.ProviderAdministration administration;

    @Autowired
    Clock clock;

    @Test
    @SuppressWarnings("unchecked")
    void aProviderContactSeesItsOwnOrganisationOnly() {
        login("yangguang");
        UI.getCurrent().navigate(ProviderProfileView.class);

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("我的机构 · 社区通办");
        assertThat(menu()).contains("我的机构").doesNotContain("承接主体库");
        assertThat(text("ps-provider-fact-name")).isEqualTo("云溪县阳光社会工作服务中心");
        assertThat(text("ps-provider-fact-unit")).isEqualTo("云溪县阳光社会工作服务中心（PV001）");
        assertThat(text("ps-provider-fact-kind")).isEqualTo("社会工作服务机构");
        Grid<Qualification> qualifications = _get(Grid.class, spec -> spec.withId("ps-provider-qualifications"));
        assertThat(GridKt._getFormatted(qualifications, 0, "name")).isEqualTo("民办非企业单位登记证书");
        for (String managersOnly : List.of("ps-provider-blacklist", "ps-provider-blacklist-grid",
                "ps-provider-toggle-active", "ps-provider-projects")) {
            assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId(managersOnly)))
                    .as(managersOnly).isEmpty();
        }

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ProviderProfileView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("My organisation · Tongban Community Services");
        assertThat(text("ps-provider-fact-kind")).isEqualTo("Social-work agency");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContactEditsTheProfileAndKeepsTheQualificationsCurrent() {
        ServiceProvider provider = signIn.as("wuhao", providers::provider);
        signIn.as("wuhao", () -> administration.blacklist(provider.code(), new BlacklistDraft("虚报服务人次",
                LocalDate.now(clock), LocalDate.now(clock).plusMonths(3))));
        String contact = providers.contact(provider.code());
        login(contact);
        UI.getCurrent().navigate(ProviderProfileView.class);
        assertThat(_find(Span.class, spec -> spec.withId("ps-provider-status"))).isEmpty();

        _click(button("ps-provider-edit"));
        assertThat(_find(ComboBox.class, spec -> spec.withId("ps-provider-unit"))).as("the unit stays").isEmpty();
        assertThat(field("ps-provider-contact-mobile").getValue()).isEqualTo("13912345678");
        _setValue(field("ps-provider-contact-person"), " ");
        _click(button("ps-provider-save"));
        assertThat(field("ps-provider-contact-person").getErrorMessage()).isEqualTo("请填写联系人。");
        _setValue(field("ps-provider-contact-person"), "赵新");
        _click(button("ps-provider-save"));

        assertThat(_find(Dialog.class)).noneMatch(Dialog::isOpened);
        assertThat(text("ps-provider-fact-contact-person")).isEqualTo("赵新");
        assertThat(register.find(provider.code())).get().extracting(ServiceProvider::contactPerson).isEqualTo("赵新");

        _click(button("ps-provider-add-qualification"));
        _setValue(field("ps-qualification-name"), "民办非企业单位登记证书");
        _setValue(field("ps-qualification-number"), "云民证字第 2021001 号");
        _setValue(field("ps-qualification-issuer"), "云溪县民政局");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ps-qualification-scan")), "证书.txt", "application/pdf",
                "不是扫描件".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        _click(button("ps-qualification-save"));
        assertThat(text("ps-qualification-scan-error"))
                .isEqualTo("文件“证书.txt”不是 PDF、JPG 或 PNG 格式（按文件内容识别），请转换后再上传。");
        _click(button("ps-qualification-cancel"));
        assertThat(signIn.as("wuhao", () -> administration.profile(provider.code()).qualifications())).isEmpty();

        _click(button("ps-provider-add-qualification"));
        _setValue(field("ps-qualification-name"), "民办非企业单位登记证书");
        _setValue(field("ps-qualification-number"), "云民证字第 2021001 号");
        _setValue(field("ps-qualification-issuer"), "云溪县民政局");
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ps-qualification-scan")), "证书.pdf",
                "application/pdf", ProviderFixtures.PDF);
        _click(button("ps-qualification-save"));
        Grid<Qualification> qualifications = _get(Grid.class, spec -> spec.withId("ps-provider-qualifications"));
        assertThat(GridKt._size(qualifications)).isEqualTo(1);

        assertThat(button("ps-provider-remove-qualification").isEnabled()).isFalse();
        qualifications.select(GridKt._get(qualifications, 0));
        _click(button("ps-provider-remove-qualification"));
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-qualification-remove-reason")), "证书号填错，重新登记");
        _click(button("ps-qualification-remove-save"));
        qualifications = _get(Grid.class, spec -> spec.withId("ps-provider-qualifications"));
        assertThat(GridKt._getFormatted(qualifications, 0, "removed")).endsWith(contact + " 移出：证书号填错，重新登记");
    }

    @Test
    void aContactWhoseOrganisationIsNotRegisteredIsToldSo() {
        String contact = providers.contact(providers.unit());
        login(contact);
        UI.getCurrent().navigate(ProviderProfileView.class);

        assertThat(text("ps-provider-refusal"))
                .isEqualTo("本机构（" + ProviderFixtures.NAME + "）尚未登记到承接主体库，请联系项目经理登记。");
        assertThat(_find(Button.class, spec -> spec.withId("ps-provider-edit"))).isEmpty();
    }

    @Test
    void staffHaveNoOrganisationPage() {
        for (String user : List.of("wuhao", "admin", "wangfang")) {
            login(user);
            UI.getCurrent().navigate("purchasedservice/provider/me");
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain()).as(user)
                    .noneMatch(ProviderProfileView.class::isInstance);
            assertThat(_get(AccessDeniedView.class).getElement().getText()).isEqualTo("页面不存在，或您没有权限访问该页面。");
            logout();
        }
    }
}
