package org.tongban.certificate.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tongban.certificate.RequestFixtures;
import org.tongban.testing.UiTestBase;

/** The residents' pages without an account: a request with the list's answer, then following it with the code. */
@Tag("db")
class OnlineCertificateViewsTests extends UiTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void aResidentAsksForARefusedCertificateAndFollowsItWithTheQueryCode() {
        UI.getCurrent().navigate(OnlineCertificateView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("crt-online-community")), "CM001");
        ComboBoxKt._fireCustomValueSet(_get(CertificateChooser.class, spec -> spec.withId("crt-online-certificate")),
                "养狗证明");
        assertThat(_get(Span.class, spec -> spec.withId("crt-answer-refer-to")).getText()).contains("养犬登记管理部门");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-online-name")), "张三");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-online-id")), RequestFixtures.APPLICANT_ID);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-online-phone")), "13900000001");
        _setValue(_get(TextField.class, spec -> spec.withId("crt-online-purpose")), "小区物业登记");
        _click(_get(Button.class, spec -> spec.withId("crt-online-submit")));

        String number = _get(Span.class, spec -> spec.withId("crt-online-number")).getText();
        String code = _get(Span.class, spec -> spec.withId("crt-online-code")).getText();
        assertThat(number).startsWith("ZMSQ-YX-");

        UI.getCurrent().navigate(OnlineCertificateQueryView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-query-number")), number);
        _setValue(_get(TextField.class, spec -> spec.withId("crt-query-code")), code);
        _click(_get(Button.class, spec -> spec.withId("crt-query-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-query-refer-to")).getText()).contains("养犬登记管理部门");
        assertThat(_get(Anchor.class, spec -> spec.withId("crt-query-notice"))).isNotNull();

        _setValue(_get(TextField.class, spec -> spec.withId("crt-query-code")), "999999".equals(code) ? "000000" : "999999");
        _click(_get(Button.class, spec -> spec.withId("crt-query-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("crt-refusal")).getText()).contains("查询码不正确");
    }
}
