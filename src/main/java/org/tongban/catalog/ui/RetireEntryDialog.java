package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;

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

/**
 * Retires an entry of a list kept in revisions from a last day on, with the reason; the entry and its history stay.
 *
 * @param <E> the list's entries, as its administration returns them
 */
class RetireEntryDialog<E> extends Dialog {

    private final transient BiFunction<LocalDate, String, E> retire;
    private final transient Consumer<E> onRetired;
    private final ListScreen screen;
    private final Revision latest;
    private final DatePicker lastDay;
    private final TextArea reason;
    private final FieldRefusals refusals;

    /** {@code retire}: ends the entry's latest revision, {@code latest}, on a last day for a reason. */
    RetireEntryDialog(ListScreen screen, Revision latest, int reasonMax, LocalDate today,
                      BiFunction<LocalDate, String, E> retire, Consumer<E> onRetired) {
        this.screen = screen;
        this.latest = latest;
        this.retire = retire;
        this.onRetired = onRetired;
        setHeaderTitle(getTranslation(screen.key("retire-title"), latest.code(), latest.number()));
        setWidth("min(36rem, 95vw)");

        lastDay = CalendarUi.datePicker(this, getTranslation(screen.key("last-day")));
        lastDay.setId(screen.id("last-day"));
        lastDay.setValue(today);
        lastDay.setRequiredIndicatorVisible(true);
        lastDay.setManualValidation(true);
        reason = new TextArea(getTranslation(screen.key("reason")));
        reason.setId(screen.id("retire-reason"));
        reason.setMaxLength(reasonMax);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        refusals = new FieldRefusals(this, screen.errorPrefix()).on("last-day", lastDay).on("reason", reason);
        FormLayout fields = new FormLayout(lastDay, reason);
        fields.setColspan(reason, 2);
        add(new Paragraph(getTranslation(screen.key("retire-help"), latest.name())), fields);

        Button save = new Button(getTranslation(screen.key("retire")), click -> retire());
        save.setId(screen.id("retire-save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void retire() {
        refusals.clear();
        try {
            E retired = retire.apply(lastDay.getValue(), reason.getValue());
            close();
            Notifications.success(getTranslation(screen.key("retired"), latest.name(),
                    Formats.date(lastDay.getValue())));
            onRetired.accept(retired);
        } catch (BusinessException refusal) {
            refusals.show(refusal);
        }
    }
}
