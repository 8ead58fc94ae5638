package org.tongban.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.junit.jupiter.api.Test;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceItem;
import org.tongban.catalog.ServiceItem.Material;
import org.tongban.testing.UiTestBase;

class ServiceGuideViewTests extends UiTestBase {

    @Test
    void frontDeskStaffLookUpAnItemsMaterialsAndTimeLimits() {
        login("wangfang");
        assertThat(MenuConfiguration.getMenuEntries()).extracting(MenuEntry::path).contains("/catalogue");
        UI.getCurrent().navigate("catalogue");

        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("办事指南 · 社区通办");
        Grid<ServiceItem> items = itemGrid();
        assertThat(GridKt._size(items)).isGreaterThanOrEqualTo(20);
        assertThat(_get(Paragraph.class).getText()).isEqualTo("请在左侧选择一个事项，查看所需材料和办理时限。");

        _setValue(_get(TextField.class, spec -> spec.withId("guide-filter")), "最低生活");
        assertThat(GridKt._size(items)).isEqualTo(1);
        assertThat(GridKt._getFormatted(items, 0, "department")).isEqualTo("县民政局");
        items.select(GridKt._get(items, 0));

        assertThat(_get(H3.class, spec -> spec.withId("guide-item-title")).getText()).isEqualTo("SI-004 最低生活保障申请");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("主管部门：县民政局", "承诺时限：20 个工作日", "入户调查/公示：7 个工作日（期间暂停计时）",
                        "审核：经办人初审、审核人复审", "办理渠道：窗口办理、网上办理、代办、上门办理");
        @SuppressWarnings("unchecked")
        Grid<Material> materials = _get(Grid.class, spec -> spec.withId("guide-materials"));
        assertThat(GridKt._size(materials)).isEqualTo(5);
        assertThat(GridKt._getFormatted(materials, 1, "name")).isEqualTo("家庭成员居民身份证和户口簿");
        assertThat(GridKt._getFormatted(materials, 1, "form")).isEqualTo("原件及复印件");
        assertThat(GridKt._getFormatted(materials, 1, "copies")).isEqualTo("1 份");
        assertThat(GridKt._getFormatted(materials, 4, "mandatory")).isEqualTo("非必交");
        assertThat(GridKt._getFormatted(materials, 4, "notes")).isEqualTo("可数据共享的免交");
    }

    @Test
    void showsCountersigningDepartmentsAndFiltersByChannel() {
        login("liuyang");
        UI.getCurrent().navigate(ServiceGuideView.class);
        Grid<ServiceItem> items = itemGrid();

        @SuppressWarnings("unchecked")
        Select<Channel> channel = _get(Select.class, spec -> spec.withId("guide-channel"));
        _setValue(channel, Channel.ONLINE);
        assertThat(codes(items)).contains("SI-001", "SI-020").doesNotContain("SI-007", "SI-016");

        _setValue(_get(TextField.class, spec -> spec.withId("guide-filter")), "SI-008");
        items.select(GridKt._get(items, 0));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("会签部门：县残疾人联合会", "承诺时限：15 个工作日");
    }

    private static java.util.List<String> codes(Grid<ServiceItem> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._get(grid, row).code()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<ServiceItem> itemGrid() {
        return _get(Grid.class, spec -> spec.withId("guide-grid"));
    }
}
