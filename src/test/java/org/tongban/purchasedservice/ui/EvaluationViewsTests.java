package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.purchasedservice.ProviderSelection;
import org.tongban.testing.UiTestBase;

/**
 * The manager names the evaluator, the evaluator scores on the sheet with the total kept up, the provider confirms
 * the grade, the manager closes the project, and the provider's page shows the grade for future selection.
 */
@Tag("db")
class EvaluationViewsTests extends UiTestBase {

    @Autowired
    ProjectFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void anEvaluationIsScoredOnTheSheetConfirmedByTheProviderAndTheProjectClosed() {
        ProjectReceipt receipt = fixtures.accepted(fixtures.draft(fixtures.line("1000000")));
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("指定评价人");
        MultiSelectComboBox<ProviderSelection.Evaluator> evaluators = _get(MultiSelectComboBox.class,
                spec -> spec.withId("ps-evaluators-field"));
        evaluators.setValue(Set.copyOf(evaluators.getListDataView().getItems()
                .filter(evaluator -> evaluator.username().equals("tangyu")).toList()));
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-evaluators")).getText()).contains("唐瑜（未提交）");
        logout();

        login("tangyu");
        UI.getCurrent().navigate(EvaluationView.class, fixtures.evaluationTask(receipt, "tangyu"));
        List<BigDecimalField> fields = _find(BigDecimalField.class);
        assertThat(fields).hasSize(30);
        _setValue(fields.get(0), new BigDecimal("99"));
        _click(_get(Button.class, spec -> spec.withId("ps-evaluation-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("的得分须在 0 至"));
        // Every indicator at its full weight but the first, which gets nothing: 100 minus its weight.
        BigDecimal firstWeight = new BigDecimal(fields.get(0).getPlaceholder().substring(2));
        for (BigDecimalField field : fields) {
            _setValue(field, new BigDecimal(field.getPlaceholder().substring(2)));
        }
        _setValue(fields.get(0), BigDecimal.ZERO);
        assertThat(_get(Span.class, spec -> spec.withId("ps-evaluation-total")).getText())
                .isEqualTo("合计 " + BigDecimal.valueOf(100).subtract(firstWeight).toPlainString() + " 分");
        _click(_get(Button.class, spec -> spec.withId("ps-evaluation-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).isEqualTo("评价已提交。"));
        logout();

        login(ProjectFixtures.PROVIDER_A);
        UI.getCurrent().navigate(GradeReviewView.class, fixtures.taskId(receipt, "Task_ProviderReview"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-grade-result")).getText()).contains("等级：优");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-grade-confirm")), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("ps-grade-submit")));
        logout();

        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("结项归档");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-close-summary")), "按合同完成，评价为优，已归档。");
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("已结项");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-grade")).getText()).contains("等级：优", "100%");

        UI.getCurrent().navigate(ProviderView.class, "PV001");
        Grid<?> grades = _get(Grid.class, spec -> spec.withId("ps-provider-grades"));
        assertThat(GridKt._size(grades)).isGreaterThanOrEqualTo(1);
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }
}
