package org.tongban.onewindow.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.tongban.catalog.ServiceItem;
import org.tongban.testing.UiTestBase;

/** The residents' pages work without signing in: apply, then follow the case with number and code. */
@Tag("db")
class OnlineViewsTests extends UiTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void aResidentAppliesWithoutAnAccountAndFindsTheCaseWithTheQueryCode() {
        UI.getCurrent().navigate(OnlineApplyView.class);
        _setValue(_get(ComboBox.class, spec -> spec.withId("online-unit")), "CM002");
        ComboBox<ServiceItem> item = _get(ComboBox.class, spec -> spec.withId("online-item"));
        _setValue(item, item.getListDataView().getItems().filter(found -> found.code().equals("SI-012"))
                .findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("online-name")), "孙八");
        _setValue(_get(TextField.class, spec -> spec.withId("online-id")), "110101199003074477");
        _setValue(_get(TextField.class, spec -> spec.withId("online-phone")), "13900000008");
        _click(_get(Button.class, spec -> spec.withId("online-submit")));

        String caseNumber = _get(Span.class, spec -> spec.withId("online-case-number")).getText();
        String queryCode = _get(Span.class, spec -> spec.withId("online-query-code")).getText();
        assertThat(caseNumber).startsWith("SQ-YX-");

        UI.getCurrent().navigate(OnlineQueryView.class);
        _setValue(_get(TextField.class, spec -> spec.withId("query-case-number")), caseNumber);
        _setValue(_get(TextField.class, spec -> spec.withId("query-code")), "999999".equals(queryCode) ? "000000" : "999999");
        _click(_get(Button.class, spec -> spec.withId("query-find")));
        assertThat(_get(Span.class, spec -> spec.withId("query-refusal")).getText()).contains("核对受理编号和查询码");

        _setValue(_get(TextField.class, spec -> spec.withId("query-code")), queryCode);
        _click(_get(Button.class, spec -> spec.withId("query-find")));
        assertThat(_get(Span.class, spec -> spec.withId("query-status")).getText()).isEqualTo("已收件，待受理审查");
    }
}
