package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;

/** Retires an entry of the work-item list from a last day on, with the reason; the entry and its history stay. */
class RetireWorkItemDialog extends Dialog {

    private final transient WorkItemListAdministration administration;
    private final WorkItemEntry latest;
    private final transient Consumer<WorkItemEntry> onRetired;
    private final DatePicker lastDay;
    private final TextArea reason = new TextArea(getTranslation("catalog.work-items.reason"));

    RetireWorkItemDialog(WorkItemListAdministration administration, WorkItemEntry latest, LocalDate today,
                         Consumer<WorkItemEntry> onRetired) {
        this.administration = administration;
        this.latest = latest;
        this.onRetired = onRetired;
        setHeaderTitle(getTranslation("catalog.work-items.retire-title", latest.code(), latest.revision()));
        setWidth("min(36rem, 95vw)");

        lastDay = CalendarUi.datePicker(this, getTranslation("catalog.work-items.last-day"));
        lastDay.setId("work-item-last-day");
        lastDay.setValue(today);
        lastDay.setRequiredIndicatorVisible(true);
        lastDay.setManualValidation(true);
        reason.setId("work-item-retire-reason");
        reason.setMaxLength(WorkItemListAdministration.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        FormLayout fields = new FormLayout(lastDay, reason);
        fields.setColspan(reason, 2);
        add(new Paragraph(getTranslation("catalog.work-items.retire-help", latest.item().nameZh())), fields);

        Button save = new Button(getTranslation("catalog.work-items.retire"), click -> retire());
        save.setId("work-item-retire-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void retire() {
        lastDay.setInvalid(false);
        reason.setInvalid(false);
        try {
            WorkItemEntry retired = administration.retire(latest.code(), latest.revision(), lastDay.getValue(),
                    reason.getValue());
            close();
            Notifications.success(getTranslation("catalog.work-items.retired", retired.item().nameZh(),
                    Formats.date(retired.item().effectiveTo())));
            onRetired.accept(retired);
        } catch (BusinessException refusal) {
            String message = CalendarUi.text(this, refusal);
            if (refusal.messageKey().startsWith("catalog.error.work-item.last-day")) {
                showOn(lastDay, message);
            } else if (refusal.messageKey().startsWith("catalog.error.work-item.reason")) {
                showOn(reason, message);
            } else {
                Notifications.error(message);
            }
        }
    }

    private static void showOn(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
