package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemListAdministration;
import org.tongban.catalog.WorkItemListAdministration.WorkItemDraft;
import org.tongban.catalog.WorkItemListAdministration.WorkItemEntry;

/** Adds an entry to the work-item list or revises one; code and kind stay. */
class WorkItemDialog extends RevisionDialog<WorkItemEntry> {

    private final transient WorkItemListAdministration administration;

    private final TextField code = new TextField(getTranslation("catalog.work-items.code"));
    private final RadioButtonGroup<WorkItemKind> kind = new RadioButtonGroup<>(getTranslation("catalog.work-items.kind"));
    private final TextField nameZh = new TextField(getTranslation("catalog.work-items.name"));
    private final TextField nameEn = new TextField(getTranslation("catalog.work-items.name-en"));
    private final TextField departments = new TextField(getTranslation("catalog.work-items.departments"));
    private final TextArea legalBasis = new TextArea(getTranslation("catalog.work-items.legal-basis"));
    private final TextArea funding = new TextArea(getTranslation("catalog.work-items.funding"));
    private final TextArea source = new TextArea(getTranslation("catalog.work-items.source"));
    private final TextField keywords = new TextField(getTranslation("catalog.work-items.keywords"));

    WorkItemDialog(WorkItemListAdministration administration, WorkItemEntry latest, LocalDate today,
                   Consumer<WorkItemEntry> onSaved) {
        super(ListScreen.WORK_ITEMS, latest == null ? null : WorkItemsView.revision(latest), today,
                WorkItemListAdministration.REASON_MAX, WorkItemsView::revision, onSaved);
        this.administration = administration;

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
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(code, kind, nameZh)) {
            field.setRequiredIndicatorVisible(true);
        }
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        code.setManualValidation(true);
        kind.setManualValidation(true);
        nameZh.setManualValidation(true);

        refusals.on("code-", code)
                .on("kind-", kind)
                .on("name-en-", nameEn)
                .on("name-", nameZh)
                .on("departments-", departments)
                .on("legal-basis-", legalBasis)
                .on("funding-", funding)
                .on("source-", source)
                .on("keyword", keywords);
        FormLayout fields = new FormLayout(code, kind, nameZh, nameEn, departments, keywords, legalBasis, funding,
                source, effectiveFrom);
        for (Component wide : List.<Component>of(kind, nameZh, nameEn, legalBasis, funding, source)) {
            fields.setColspan(wide, 2);
        }
        if (latest != null) {
            fill(latest.item());
        }
        addForm(fields);
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

    @Override
    protected WorkItemEntry create() {
        return administration.create(draft());
    }

    @Override
    protected WorkItemEntry revise(Revision latest, String reason) {
        return administration.revise(latest.code(), latest.number(), draft(), reason);
    }
}
