package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * Adds an entry to a list kept in revisions ({@code latest == null}) or revises one: the form starts from the latest
 * revision, the code stays, and the administrator gives the new revision's effective date and the reason. The
 * service checks everything; a refusal is shown next to the field it concerns. Subclasses lay out the entry's own
 * fields, say where their refusals go, and call the service.
 *
 * @param <E> the list's entries, as its administration returns them
 */
abstract class RevisionDialog<E> extends Dialog {

    protected final ListScreen screen;
    protected final DatePicker effectiveFrom;
    protected final FieldRefusals refusals;
    private final TextArea reason;
    private final Revision latest;
    private final LocalDate today;
    private final transient Function<E, Revision> revisionOf;
    private final transient Consumer<E> onSaved;

    RevisionDialog(ListScreen screen, Revision latest, LocalDate today, int reasonMax,
                   Function<E, Revision> revisionOf, Consumer<E> onSaved) {
        this.screen = screen;
        this.latest = latest;
        this.today = today;
        this.revisionOf = revisionOf;
        this.onSaved = onSaved;
        setHeaderTitle(latest == null ? getTranslation(screen.key("new-title"))
                : getTranslation(screen.key("revise-title"), latest.code(), latest.number()));
        setWidth("min(56rem, 95vw)");

        effectiveFrom = CalendarUi.datePicker(this, getTranslation(screen.key("effective-from")));
        effectiveFrom.setId(screen.id("effective-from"));
        effectiveFrom.setRequiredIndicatorVisible(true);
        reason = new TextArea(getTranslation(screen.key("reason")));
        reason.setId(screen.id("reason"));
        reason.setMaxLength(reasonMax);
        reason.setHelperText(getTranslation(screen.key("revise-reason-help")));
        reason.setRequiredIndicatorVisible(true);
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        effectiveFrom.setManualValidation(true);
        reason.setManualValidation(true);
        refusals = new FieldRefusals(this, screen.errorPrefix());

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId(screen.id("save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId(screen.id("cancel"));
        getFooter().add(cancel, save);
    }

    /**
     * Adds the form, which holds {@link #effectiveFrom}: a new entry starts today unless changed; a revision adds the
     * reason, under a note of what a revision does.
     */
    protected void addForm(FormLayout fields) {
        refusals.on("effective-from-", effectiveFrom).on("reason-", reason);
        if (latest == null) {
            effectiveFrom.setValue(today);
            add(fields);
        } else {
            fields.add(reason);
            fields.setColspan(reason, 2);
            add(new Paragraph(getTranslation(screen.key("revise-help"), latest.number(),
                    Formats.date(latest.effectiveFrom()))), fields);
        }
    }

    protected abstract E create();

    protected abstract E revise(Revision latest, String reason);

    private void save() {
        refusals.clear();
        try {
            E saved = latest == null ? create() : revise(latest, reason.getValue());
            close();
            Revision revision = revisionOf.apply(saved);
            Notifications.success(latest == null ? getTranslation(screen.key("created"), revision.name())
                    : getTranslation(screen.key("revised"), revision.name(), revision.number(),
                            Formats.date(revision.effectiveFrom())));
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            refusals.show(refusal);
        }
    }
}
