package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.CertificateType;
import org.tongban.testing.UiTestBase;

class CertificateListViewTests extends UiTestBase {

    @Test
    void aCounterWorkerTypesWhatTheResidentAsksForAndSeesWhoIssuesItInstead() {
        login("wangfang");
        List<String> menu = MenuConfiguration.getMenuEntries().stream().map(MenuEntry::path).toList();
        assertThat(menu.indexOf("/certificates")).as("right after 办事指南").isEqualTo(menu.indexOf("/catalogue") + 1);
        UI.getCurrent().navigate("certificates");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("证明事项清单 · 社区通办");
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("certificate-answer"))).isEmpty();
        assertThat(tabs().getSelectedTab().getLabel()).startsWith("可出具的证明（");
        assertThat(GridKt._size(issued())).isGreaterThanOrEqualTo(10);
        assertThat(_find(Grid.class, spec -> spec.withId("certificate-list-refused"))).as("the other tab").isEmpty();

        _setValue(search(), "单身证明");

        assertThat(_get(H3.class, spec -> spec.withId("certificate-answer-title")).getText())
                .isEqualTo("“婚姻状况证明”（CE-008）社区不予出具。");
        assertThat(answerLines()).containsExactly("请到：婚姻登记机关(民政部门)婚姻登记档案查询;或申请人书面承诺",
                "替代方式：告知承诺", "原因：列入首批不应出具清单");
        assertThat(tabs().getSelectedTab().getLabel()).isEqualTo("不予出具的证明（1）");
        Grid<CertificateType> refused = refused();
        assertThat(GridKt._size(refused)).isEqualTo(1);
        assertThat(GridKt._getFormatted(refused, 0, "code")).isEqualTo("CE-008");
        assertThat(GridKt._getFormatted(refused, 0, "referTo")).isEqualTo("婚姻登记机关(民政部门)婚姻登记档案查询;或申请人书面承诺");
        assertThat(GridKt._getFormatted(refused, 0, "replacement")).isEqualTo("告知承诺");
    }

    @Test
    void aCertificateTheCommunityIssuesShowsWhatToBringWhatIsCheckedAndHowLongItIsValid() {
        login("liuyang");
        UI.getCurrent().navigate(CertificateListView.class);

        _setValue(search(), "开个居住证明");

        assertThat(_get(H3.class, spec -> spec.withId("certificate-answer-title")).getText())
                .isEqualTo("“居(租)住证明”（CE-031）可以出具。");
        assertThat(answerLines()).containsExactly("请群众带：居民身份证;房屋所有权证明或房屋租赁合同",
                "社区核实：实际居住的地址和起始时间", "需入户核实", "有效期：90 天",
                "依据：肇庆市社区“万能章”治理专项行动正面清单之一;居住情况属社区可知的事实");
        assertThat(tabs().getSelectedTab().getLabel()).isEqualTo("可出具的证明（1）");
        Grid<CertificateType> issued = issued();
        assertThat(GridKt._getFormatted(issued, 0, "homeVisit")).isEqualTo("入户");
        assertThat(GridKt._getFormatted(issued, 0, "validity")).isEqualTo("90 天");

        // Choosing another row answers for it.
        _setValue(search(), "");
        issued.select(GridKt._get(issued, 4));
        assertThat(_get(H3.class, spec -> spec.withId("certificate-answer-title")).getText())
                .isEqualTo("“指定监护人”（CE-028）可以出具。");
        assertThat(answerLines()).contains("有效期：长期有效");
    }

    @Test
    void aCertificateOnNeitherListIsNotIssued() {
        login("wangfang");
        UI.getCurrent().navigate(CertificateListView.class);

        _setValue(search(), "学历公证");

        assertThat(answerLines()).containsExactly(
                "清单中没有“学历公证”。不在两张清单上的证明，社区不出具；请向群众说明，并请办事单位说明要求依据。");
        assertThat(GridKt._size(issued())).isZero();
        assertThat(tabs().getSelectedTab().getLabel()).isEqualTo("可出具的证明（0）");
    }

    private static List<String> answerLines() {
        VerticalLayout answer = _get(VerticalLayout.class, spec -> spec.withId("certificate-answer"));
        return _find(answer, Paragraph.class).stream().map(Paragraph::getText).toList();
    }

    private static TextField search() {
        return _get(TextField.class, spec -> spec.withId("certificate-search"));
    }

    private static Tabs tabs() {
        return _get(Tabs.class, spec -> spec.withId("certificate-tabs"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CertificateType> issued() {
        return _get(Grid.class, spec -> spec.withId("certificate-list-issued"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<CertificateType> refused() {
        return _get(Grid.class, spec -> spec.withId("certificate-list-refused"));
    }
}
