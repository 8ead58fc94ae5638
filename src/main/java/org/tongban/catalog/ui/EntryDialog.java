package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.CalendarAdministration;
import org.tongban.catalog.CalendarAdministration.CalendarEntry;
import org.tongban.catalog.CalendarAdministration.EntryForm;
import org.tongban.catalog.CalendarDayKind;

/**
 * Adds an entry ({@code entry == null}) or changes one. The service checks everything; its refusal is shown next to
 * the field it concerns, e.g. a holiday on a date that is already a make-up working day under the date.
 */
class EntryDialog extends Dialog {

    private final transient CalendarAdministration calendar;
    private final CalendarEntry entry;
    private final transient Consumer<CalendarEntry> onSaved;
    private final DatePicker date;
    private final RadioButtonGroup<CalendarDayKind> kind = new RadioButtonGroup<>();
    private final TextField name = new TextField();

    /** {@code initialMonth}: where the date picker opens for a new entry; null for this month. */
    EntryDialog(CalendarAdministration calendar, CalendarEntry entry, LocalDate initialMonth,
                Consumer<CalendarEntry> onSaved) {
        this.calendar = calendar;
        this.entry = entry;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(entry == null ? "calendar.add" : "calendar.edit"));

        date = CalendarUi.datePicker(this, getTranslation("calendar.date"));
        date.setId("calendar-entry-date");
        date.setRequiredIndicatorVisible(true);
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        date.setManualValidation(true);
        if (initialMonth != null) {
            date.setInitialPosition(initialMonth);
        }
        kind.setId("calendar-entry-kind");
        kind.setLabel(getTranslation("calendar.kind"));
        kind.setItems(CalendarDayKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.setHelperText(getTranslation("calendar.kind-help"));
        kind.setRequiredIndicatorVisible(true);
        kind.setManualValidation(true);
        name.setId("calendar-entry-name");
        name.setLabel(getTranslation("calendar.name"));
        name.setHelperText(getTranslation("calendar.name-help"));
        name.setMaxLength(CalendarAdministration.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        name.setManualValidation(true);
        if (entry != null) {
            date.setValue(entry.date());
            kind.setValue(entry.kind());
            name.setValue(entry.name());
        }
        add(new FormLayout(date, kind, name));

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("calendar-entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        date.setInvalid(false);
        kind.setInvalid(false);
        name.setInvalid(false);
        EntryForm form = new EntryForm(date.getValue(), kind.getValue(), name.getValue());
        try {
            CalendarEntry saved = entry == null ? calendar.add(form) : calendar.change(entry.id(), form, entry.version());
            close();
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            String message = CalendarUi.text(this, refusal);
            String key = refusal.messageKey();
            if (key.startsWith("calendar.error.date") || key.equals("calendar.error.makeup-on-weekday")
                    || key.equals("calendar.error.conflict") || key.equals("calendar.error.taken")) {
                showOn(date, message);
            } else if (key.startsWith("calendar.error.kind")) {
                showOn(kind, message);
            } else if (key.startsWith("calendar.error.name")) {
                showOn(name, message);
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
