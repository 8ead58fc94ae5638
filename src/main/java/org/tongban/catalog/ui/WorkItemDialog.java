package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Formats;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;

/**
 * Adds an entry to the work-item list ({@code latest == null}) or revises one: the form starts from the latest
 * revision, code and kind stay, and the administrator gives the new revision's effective date and the reason. The
 * service checks everything; a refusal is shown next to the field it concerns.
 */
class WorkItemDialog extends Dialog {

    private static final String ERROR_PREFIX = "catalog.error.work-item.";

    private final transient WorkItemListAdministration administration;
    private final WorkItemEntry latest;
    private final transient Consumer<WorkItemEntry> onSaved;

    private final TextField code = new TextField(getTranslation("catalog.work-items.code"));
    private final RadioButtonGroup<WorkItemKind> kind = new RadioButtonGroup<>(getTranslation("catalog.work-items.kind"));
    private final TextField nameZh = new TextField(getTranslation("catalog.work-items.name"));
    private final TextField nameEn = new TextField(getTranslation("catalog.work-items.name-en"));
    private final TextField departments = new TextField(getTranslation("catalog.work-items.departments"));
    private final TextArea legalBasis = new TextArea(getTranslation("catalog.work-items.legal-basis"));
    private final TextArea funding = new TextArea(getTranslation("catalog.work-items.funding"));
    private final TextArea source = new TextArea(getTranslation("catalog.work-items.source"));
    private final TextField keywords = new TextField(getTranslation("catalog.work-items.keywords"));
    private final DatePicker effectiveFrom;
    private final TextArea reason = new TextArea(getTranslation("catalog.work-items.reason"));
    /** Where each refusal goes, by the start of its key after {@value #ERROR_PREFIX}; longest prefixes first. */
    private final Map<String, HasValidation> fieldsByRefusal = new LinkedHashMap<>();

    WorkItemDialog(WorkItemListAdministration administration, WorkItemEntry latest, LocalDate today,
                   Consumer<WorkItemEntry> onSaved) {
        this.administration = administration;
        this.latest = latest;
        this.onSaved = onSaved;
        WorkItem item = latest == null ? null : latest.item();
        setHeaderTitle(item == null ? getTranslation("catalog.work-items.new-title")
                : getTranslation("catalog.work-items.revise-title", item.code(), item.revision()));
        setWidth("min(56rem, 95vw)");

        effectiveFrom = CalendarUi.datePicker(this, getTranslation("catalog.work-items.effective-from"));
        code.setId("work-item-code");
        code.setHelperText(getTranslation("catalog.work-items.code-help"));
        kind.setId("work-item-kind");
        kind.setItems(WorkItemKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        kind.addValueChangeListener(change -> funding.setVisible(change.getValue() == WorkItemKind.ASSIST));
        nameZh.setId("work-item-name");
        nameZh.setMaxLength(WorkItemListAdministration.NAME_MAX);
        nameEn.setId("work-item-name-en");
        nameEn.setMaxLength(WorkItemListAdministration.NAME_MAX);
        departments.setId("work-item-departments");
        departments.setHelperText(getTranslation("catalog.work-items.departments-help"));
        departments.setMaxLength(WorkItemListAdministration.DEPARTMENTS_MAX);
        legalBasis.setId("work-item-legal-basis");
        legalBasis.setHelperText(getTranslation("catalog.work-items.legal-basis-help"));
        funding.setId("work-item-funding");
        funding.setHelperText(getTranslation("catalog.work-items.funding-help"));
        funding.setVisible(false);
        source.setId("work-item-source");
        for (TextArea text : List.of(legalBasis, funding, source)) {
            text.setMaxLength(WorkItemListAdministration.TEXT_MAX);
        }
        keywords.setId("work-item-keywords");
        keywords.setHelperText(getTranslation("catalog.work-items.keywords-help"));
        effectiveFrom.setId("work-item-effective-from");
        reason.setId("work-item-reason");
        reason.setMaxLength(WorkItemListAdministration.REASON_MAX);
        reason.setHelperText(getTranslation("catalog.work-items.revise-reason-help"));
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(code, kind, nameZh, effectiveFrom, reason)) {
            field.setRequiredIndicatorVisible(true);
        }
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        code.setManualValidation(true);
        kind.setManualValidation(true);
        nameZh.setManualValidation(true);
        effectiveFrom.setManualValidation(true);
        reason.setManualValidation(true);

        FormLayout fields = new FormLayout(code, kind, nameZh, nameEn, departments, keywords, legalBasis, funding,
                source, effectiveFrom);
        for (Component wide : List.<Component>of(kind, nameZh, nameEn, legalBasis, funding, source)) {
            fields.setColspan(wide, 2);
        }
        if (item == null) {
            effectiveFrom.setValue(today);
            add(fields);
        } else {
            fill(item);
            fields.add(reason);
            fields.setColspan(reason, 2);
            add(new Paragraph(getTranslation("catalog.work-items.revise-help", item.revision(),
                    Formats.date(item.effectiveFrom()))), fields);
        }

        fieldsByRefusal.put("code-", code);
        fieldsByRefusal.put("kind-", kind);
        fieldsByRefusal.put("name-en-", nameEn);
        fieldsByRefusal.put("name-", nameZh);
        fieldsByRefusal.put("departments-", departments);
        fieldsByRefusal.put("legal-basis-", legalBasis);
        fieldsByRefusal.put("funding-", funding);
        fieldsByRefusal.put("source-", source);
        fieldsByRefusal.put("keyword", keywords);
        fieldsByRefusal.put("effective-from-", effectiveFrom);
        fieldsByRefusal.put("reason-", reason);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("work-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("work-item-cancel");
        getFooter().add(cancel, save);
    }

    private void fill(WorkItem item) {
        code.setValue(item.code());
        code.setReadOnly(true);
        kind.setValue(item.kind());
        kind.setReadOnly(true);
        nameZh.setValue(item.nameZh());
        nameEn.setValue(item.nameEn());
        departments.setValue(item.departments());
        legalBasis.setValue(item.legalBasis());
        funding.setValue(item.fundingConditions());
        source.setValue(item.source());
        keywords.setValue(String.join("、", item.keywords()));
    }

    private WorkItemDraft draft() {
        // Funding belongs to assisting work only; what was typed before the kind changed is not sent.
        String fundingConditions = kind.getValue() == WorkItemKind.ASSIST ? funding.getValue() : null;
        return new WorkItemDraft(code.getValue(), kind.getValue(), nameZh.getValue(), nameEn.getValue(),
                departments.getValue(), legalBasis.getValue(), fundingConditions, source.getValue(),
                keywords.getValue(), effectiveFrom.getValue());
    }

    private void save() {
        fieldsByRefusal.values().forEach(field -> field.setInvalid(false));
        try {
            WorkItemEntry saved = latest == null ? administration.create(draft())
                    : administration.revise(latest.code(), latest.revision(), draft(), reason.getValue());
            close();
            Notifications.success(latest == null
                    ? getTranslation("catalog.work-items.created", saved.item().nameZh())
                    : getTranslation("catalog.work-items.revised", saved.item().nameZh(), saved.revision(),
                            Formats.date(saved.item().effectiveFrom())));
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            showRefusal(refusal);
        }
    }

    /** A refusal about one field goes next to it; anything else (a conflict, nothing changed) is a notification. */
    private void showRefusal(BusinessException refusal) {
        String message = CalendarUi.text(this, refusal);
        String key = refusal.messageKey();
        HasValidation field = key.startsWith(ERROR_PREFIX) ? fieldsByRefusal.entrySet().stream()
                .filter(entry -> key.startsWith(entry.getKey(), ERROR_PREFIX.length()))
                .map(Map.Entry::getValue).findFirst().orElse(null) : null;
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
