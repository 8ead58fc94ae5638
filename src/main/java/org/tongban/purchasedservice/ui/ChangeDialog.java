package org.tongban.purchasedservice.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.Delivery;

/** 提出变更: what changes (scope, time or budget), why, and the new end or amount; decided by someone else. */
class ChangeDialog extends Dialog {

    ChangeDialog(Delivery delivery, long projectId, Consumer<String> done) {
        setHeaderTitle(getTranslation("purchasedservice.ui.change.request"));
        setWidth("560px");
        RadioButtonGroup<Delivery.ChangeKind> kind = new RadioButtonGroup<>();
        kind.setId("ps-change-kind");
        kind.setLabel(getTranslation("purchasedservice.ui.change.kind"));
        kind.setItems(Delivery.ChangeKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        TextArea description = PurchaseUi.textArea(this, "ps-change-description",
                "purchasedservice.ui.change.description", 1000);
        TextArea reason = PurchaseUi.textArea(this, "ps-change-reason", "purchasedservice.ui.change.reason", 1000);
        DatePicker newEnd = new DatePicker(getTranslation("purchasedservice.ui.change.new-end"));
        newEnd.setId("ps-change-new-end");
        newEnd.setVisible(false);
        TextField newAmount = new TextField(getTranslation("purchasedservice.ui.change.new-amount"));
        newAmount.setId("ps-change-new-amount");
        newAmount.setVisible(false);
        kind.addValueChangeListener(change -> {
            newEnd.setVisible(change.getValue() == Delivery.ChangeKind.TIME);
            newAmount.setVisible(change.getValue() == Delivery.ChangeKind.BUDGET);
        });
        add(new VerticalLayout(kind, description, reason, newEnd, newAmount));
        Button submit = new Button(getTranslation("purchasedservice.ui.change.submit"), click -> {
            try {
                delivery.requestChange(projectId, new Delivery.ChangeDraft(kind.getValue(), description.getValue(),
                        reason.getValue(), newEnd.getValue(), newAmount.getValue()));
            } catch (BusinessException refused) {
                Notifications.error(PurchaseUi.describe(this, refused));
                return;
            }
            close();
            done.accept(getTranslation("purchasedservice.ui.change.submitted"));
        });
        submit.setId("ps-change-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), submit);
    }
}
