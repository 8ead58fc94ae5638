package org.tongban.purchasedservice.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.purchasedservice.Delivery;
import org.tongban.purchasedservice.ProjectFixtures;
import org.tongban.purchasedservice.ProjectReceipt;
import org.tongban.testing.UiTestBase;

/**
 * The provider reports a milestone with evidence on its task page, the manager checks it and finance records the
 * payment on the project's page, and the acceptance form refuses an acceptance without the service users.
 */
@Tag("db")
class DeliveryViewsTests extends UiTestBase {

    @Autowired
    ProjectFixtures fixtures;

    @Test
    @SuppressWarnings("unchecked")
    void aMilestoneIsReportedWithEvidenceCheckedAndPaid() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        login(ProjectFixtures.PROVIDER_A);
        UI.getCurrent().navigate(DeliveryTaskView.class, fixtures.taskId(receipt, "Task_Report"));
        assertThat(_get(H2.class, spec -> spec.withId("ps-delivery-heading")).getText()).isEqualTo("报告里程碑：第1阶段");
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-delivery-text")), "本期探访 320 人次。");
        _click(_get(Button.class, spec -> spec.withId("ps-delivery-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("请上传佐证材料"));
        UploadKt._upload(_get(Upload.class, spec -> spec.withId("ps-delivery-evidence")), "签到表.pdf",
                "application/pdf", ProjectFixtures.PDF);
        _click(_get(Button.class, spec -> spec.withId("ps-delivery-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("等待采购单位验收"));
        logout();

        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("阶段验收");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-check-passed")), Boolean.TRUE);
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        Grid<Delivery.MilestoneView> milestones = _get(Grid.class, spec -> spec.withId("ps-delivery-milestones"));
        assertThat(GridKt._getFormatted(milestones, 0, "status")).isEqualTo("可支付");
        logout();

        login(ProjectFixtures.FINANCE);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        milestones = _get(Grid.class, spec -> spec.withId("ps-delivery-milestones"));
        Div payment = (Div) GridKt._getCellComponent(milestones, 0, "payment");
        _click((Button) payment.getChildren().filter(Button.class::isInstance).findFirst().orElseThrow());
        _setValue(_get(TextField.class, spec -> spec.withId("ps-pay-voucher")), "FK-2026-0042");
        _click(_get(Button.class, spec -> spec.withId("ps-pay-save")));
        milestones = _get(Grid.class, spec -> spec.withId("ps-delivery-milestones"));
        assertThat(GridKt._getFormatted(milestones, 0, "status")).isEqualTo("已支付");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-delivery-summary")).getText())
                .contains("已支付 ¥84,000.00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAcceptanceFormRefusesAnAcceptanceWithoutTheServiceUsers() {
        ProjectReceipt receipt = fixtures.delivered(fixtures.draft(fixtures.line("1000000")));
        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(ProjectView.class, receipt.id());
        assertThat(_get(H3.class, spec -> spec.withId("ps-action-title")).getText()).isEqualTo("履约验收");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("ps-acceptance-passed")), Boolean.TRUE);
        _setValue(_get(TextArea.class, spec -> spec.withId("ps-acceptance-findings")), "服务按合同完成。");
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));
        assertThat(notificationTexts()).anySatisfy(text -> assertThat(text).contains("须有服务对象参与"));
        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("履约中");

        _setValue(_get(IntegerField.class, spec -> spec.withId("ps-acceptance-sample")), 30);
        _setValue(_get(IntegerField.class, spec -> spec.withId("ps-acceptance-responses")), 28);
        _setValue(_get(IntegerField.class, spec -> spec.withId("ps-acceptance-satisfied")), 27);
        _click(_get(Button.class, spec -> spec.withId("ps-action-submit")));

        assertThat(_get(Span.class, spec -> spec.withId("ps-status")).getText()).isEqualTo("验收合格");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ps-acceptance-1")).getText())
                .contains("满意率 96.4%", "合格");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theManagerRecordsTheUrgeOnItsFormAndAProviderCannotOpenIt() {
        ProjectReceipt receipt = fixtures.contracted(fixtures.draft(fixtures.line("1000000")));
        fixtures.fireTimer(receipt);
        String urge = fixtures.taskId(receipt, "Task_UrgeReport");

        login(ProjectFixtures.PROVIDER_A);
        UI.getCurrent().navigate(org.tongban.inbox.ui.TaskView.class, urge);
        assertThat(_get(Span.class, spec -> spec.withId("task-refusal"))).isNotNull();
        logout();

        login(ProjectFixtures.MANAGER);
        UI.getCurrent().navigate(org.tongban.inbox.ui.TaskView.class, urge);
        _click(_get(Button.class, spec -> spec.withId("task-submit")));
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("form-urgeAction")).isInvalid()).isTrue();
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("form-urgeAction")), "urged");
        _setValue(_get(TextArea.class, spec -> spec.withId("form-urgeNote")), "已电话督促，三日内报告。");
        _click(_get(Button.class, spec -> spec.withId("task-submit")));

        assertThat(fixtures.task(receipt, "Task_UrgeReport")).isNull();
        assertThat(fixtures.task(receipt, "Task_Report")).isNotNull();
    }

    private static List<String> notificationTexts() {
        return NotificationsKt.getNotifications().stream()
                .map(notification -> notification.getElement().getProperty("text", "")).toList();
    }
}
