package org.tongban.purchasedservice.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Buttons;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.Delivery;

/**
 * 履约验收 with the service users (《政府采购法实施条例》第45条): a sampled satisfaction survey (asked, answered,
 * satisfied) and/or their representatives with their opinion, then the result and the findings. The service refuses
 * an acceptance without either.
 */
class AcceptanceForm extends Composite<VerticalLayout> {

    AcceptanceForm(Delivery delivery, String taskId, Consumer<String> done) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new Paragraph(getTranslation("purchasedservice.ui.acceptance.users-note")));
        IntegerField sample = number("ps-acceptance-sample", "purchasedservice.ui.acceptance.sample");
        IntegerField responses = number("ps-acceptance-responses", "purchasedservice.ui.acceptance.responses");
        IntegerField satisfied = number("ps-acceptance-satisfied", "purchasedservice.ui.acceptance.satisfied");
        TextField representatives = new TextField(getTranslation("purchasedservice.ui.acceptance.representatives"));
        representatives.setId("ps-acceptance-representatives");
        representatives.setWidthFull();
        TextArea opinion = PurchaseUi.textArea(this, "ps-acceptance-opinion", "purchasedservice.ui.acceptance.opinion",
                1000);
        RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();
        passed.setId("ps-acceptance-passed");
        passed.setLabel(getTranslation("purchasedservice.ui.acceptance.result"));
        passed.setItems(Boolean.TRUE, Boolean.FALSE);
        passed.setItemLabelGenerator(value -> getTranslation(value ? "purchasedservice.ui.acceptance.passed"
                : "purchasedservice.ui.acceptance.failed"));
        TextArea findings = PurchaseUi.textArea(this, "ps-acceptance-findings",
                "purchasedservice.ui.acceptance.findings", 2000);
        layout.add(new HorizontalLayout(sample, responses, satisfied), representatives, opinion, passed, findings,
                Buttons.submit(getTranslation("purchasedservice.ui.action.submit"), "ps-action-submit", () -> {
                    try {
                        delivery.accept(taskId, new Delivery.AcceptanceDraft(sample.getValue(), responses.getValue(),
                                satisfied.getValue(), representatives.getValue(), opinion.getValue(),
                                passed.getValue(), findings.getValue()));
                    } catch (BusinessException refused) {
                        Notifications.error(PurchaseUi.describe(this, refused));
                        return;
                    }
                    done.accept(getTranslation("purchasedservice.ui.acceptance.done"));
                }));
    }

    private IntegerField number(String id, String labelKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setWidth("9em");
        return field;
    }
}
