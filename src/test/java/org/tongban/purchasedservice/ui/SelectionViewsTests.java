package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.ui.AccessDeniedView;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.testing.UiTestBase;

/**
 * A provider responds on its page, panel members declare and score on the scoring sheet, and the manager forms the
 * panel, publishes the result and signs the contract on the project's page; who is refused where.
 */
@Tag("db")
class SelectionViewsTests extends UiTestBase {

    @Autowired
    ProjectFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void aProviderRespondsToAnOpenNoticeWithItsFileAndSeesItsOwnResponseOnly() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_B, "250000");
        login(ProjectFixtures.PROVIDER_A);
        UI.getCurrent().navigate(ProviderBidsView.class);

        _click(respondButton(receipt));
        _setValue(_get(TextField.class, spec -> spec.withId("ps-bid-price")), "三十万");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-bid-plan")), "配备 3 名持证社工，按月入户。");
        _setValue(_get(TextField.class, spec -> spec.withId("ps-bid-contact")), "杨光 13800000017");
        _click(_get(Button.class, spec -> spec.withId("ps-bid-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("报价“三十万”不是数字"));

        _setValue(_get(TextField.class, spec -> spec.withId("ps-bid-price")), "280000");
        _click(_get(Button.class, spec -> spec.withId("ps-bid-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("请上传响应文件"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ps-bid-files")), "方案.pdf", "application/pdf",
                ProjectFixtures.PDF);
        _click(_get(Button.class, spec -> spec.withId("ps-bid-submit")));

        Grid<Bids.MyBid> mine = _get(Grid.class, spec -> spec.withId("ps-my-bids"));
        assertThat(GridKt._size(mine)).isGreaterThanOrEqualTo(1);
        List<Bids.MyBid> listed = GridKt._fetch(mine, 0, GridKt._size(mine));
        assertThat(listed).extracting(Bids.MyBid::projectNumber).contains(receipt.projectNumber());
        assertThat(listed).filteredOn(bid -> bid.projectNumber().equals(receipt.projectNumber()))
                .singleElement().satisfies(bid -> {
                    assertThat(bid.price()).isEqualByComparingTo("280000");
                    assertThat(bid.files()).extracting(Bids.FileEntry::fileName).containsExactly("方案.pdf");
                });
        // 益邻's response to the same notice is not on 阳光's page.
        assertThat(listed).allSatisfy(bid -> assertThat(bid.price()).isNotEqualByComparingTo("250000"));
        assertThat(respondButton(receipt).getText()).isEqualTo("修改响应");
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePanelIsFormedScoredOnTheSheetAndTheContractSignedOnThePage() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "280000");
        fixtures.fireTimer(receipt);

        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("组成评审小组");
        MultiSelectComboBox<ProviderSelection.Evaluator> members = _get(MultiSelectComboBox.class,
                spec -> spec.withId("ps-panel-members"));
        members.setValue(Set.copyOf(members.getListDataView().getItems()
                .filter(evaluator -> ProjectFixtures.EVALUATORS.contains(evaluator.username())).toList()));
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ps-panel")))).isEqualTo(3);
        logout();

        // The first member scores on the sheet: declaration first, then points.
        login("zhengxue");
        UI.getCurrent().navigate(ScoringView.class, fixtures.scoringTask(receipt, "zhengxue"));
        assertThat(_find(BigDecimalField.class)).isEmpty();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-declare-conflict")), Boolean.FALSE);
        _click(_get(Button.class, spec -> spec.withId("ps-declare")));
        // 服务方案 is worth 50: 55 is refused and nothing is submitted.
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("ps-score-PV001-0")), new BigDecimal("55"));
        _click(_get(Button.class, spec -> spec.withId("ps-scoring-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("0 至 50 分"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("ps-score-PV001-0")), new BigDecimal("45"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("ps-score-PV001-1")), new BigDecimal("27.5"));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("ps-score-PV001-2")), new BigDecimal("18"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-scoring-total-PV001")).getText()).isEqualTo("合计 90.5 分");
        _click(_get(Button.class, spec -> spec.withId("ps-scoring-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).isEqualTo("评分已提交。"));
        logout();
        List.of("fengtao", "tangyu").forEach(evaluator -> fixtures.score(receipt, evaluator, Map.of("PV001", 0.9)));

        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("确认并公示结果");
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("结果公示");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-result")).getText()).contains("质疑期至");
        fixtures.fireTimer(receipt);

        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("签订合同");
        _setValue(_get(TextField.class, spec -> spec.withId("ps-contract-term-months")), "48");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-contract-targets-input")), "服务困境儿童 120 名。");
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("最长不超过 3 年"));
        _setValue(_get(TextField.class, spec -> spec.withId("ps-contract-term-months")), "12");
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("履约中");
        assertThat(_get(Span.class, spec -> spec.withId("ps-contract-number")).getText()).startsWith("HT-YX-");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("ps-milestones")))).isEqualTo(3);
    }

    @Test
    void anEvaluatorOffThePanelAndAProviderAreKeptOut() {
        ProjectReceipt receipt = fixtures.published(fixtures.draft(fixtures.line("1000000")));
        fixtures.bid(receipt, ProjectFixtures.PROVIDER_A, "280000");
        fixtures.fireTimer(receipt);
        fixtures.formPanel(receipt, ProjectFixtures.EVALUATORS);

        login(ProjectFixtures.SPARE_EVALUATOR);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(Span.class, spec -> spec.withId("ps-refusal")).getText())
                .isEqualTo("该项目不属于您所在单位，无权查看。");
        UI.getCurrent().navigate(ScoringView.class, fixtures.scoringTask(receipt, "zhengxue"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-refusal")).getText()).isEqualTo("这不是分配给您的评分任务。");
        logout();

        login("zhengxue");
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("回避声明与评分");
        logout();

        login(ProjectFixtures.PROVIDER_A);
        UI.getCurrent().navigate(ScoringView.class, fixtures.scoringTask(receipt, "zhengxue"));
        assertThat(_get(AccessDeniedView.class)).isNotNull();
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(Span.class, spec -> spec.withId("ps-refusal"))).isNotNull();
    }

    @SuppressWarnings("unchecked")
    private static Button respondButton(ProjectReceipt receipt) {
        Grid<Bids.OpenNotice> notices = _get(Grid.class, spec -> spec.withId("ps-open-notices"));
        List<Bids.OpenNotice> open = GridKt._fetch(notices, 0, GridKt._size(notices));
        int row = open.indexOf(open.stream().filter(notice -> notice.projectNumber().equals(receipt.projectNumber()))
                .findFirst().orElseThrow());
        return (Button) GridKt._getCellComponent(notices, row, "respond");
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }
}
