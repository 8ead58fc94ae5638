package org.tongban.workaccess.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequestDraft;
import org.tongban.workaccess.TargetScope;
import org.tongban.workaccess.TransferMethod;

/**
 * The access request as a department enters it, for a new request and for 修改申请. It checks nothing itself: numbers
 * stay text and every field goes to the service, whose refusal is shown on the field it concerns.
 */
class RequestForm extends Composite<VerticalLayout> {

    private static final String ERROR_PREFIX = "workaccess.error.";

    private final TextField title = new TextField();
    private final TextArea content;
    private final TextArea legalBasis;
    private final ComboBox<ItemChoice> item = new ComboBox<>();
    private final Div itemHint = new Div();
    private final RadioButtonGroup<TargetScope> scope = new RadioButtonGroup<>();
    private final MultiSelectComboBox<OrgUnitSummary> subdistricts = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<OrgUnitSummary> communities = new MultiSelectComboBox<>();
    private final DatePicker start;
    private final DatePicker end;
    private final TextField hours = new TextField();
    private final Checkbox urgent = new Checkbox();
    private final TextField urgentReason = new TextField();
    private final RadioButtonGroup<Boolean> funding = new RadioButtonGroup<>();
    private final TextField amount = new TextField();
    private final TextField fundingSource = new TextField();
    private final Select<TransferMethod> transfer = new Select<>();
    private final TextArea conditions;
    private final Checkbox dataUsable = new Checkbox();
    private final TextField dataNote = new TextField();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();
    private final AttachmentUpload attachments = new AttachmentUpload("wa-attachments");
    /** Error keys (after {@code workaccess.error.}) by prefix, and the field each one concerns. */
    private final Map<String, Supplier<Component>> fieldsByError = new LinkedHashMap<>();

    RequestForm(List<WorkItem> workItems, Directory directory) {
        content = WorkAccessUi.textArea(this, "wa-content", "workaccess.ui.field.content", 2000);
        legalBasis = WorkAccessUi.textArea(this, "wa-legal-basis", "workaccess.ui.field.legal-basis", 500);
        conditions = WorkAccessUi.textArea(this, "wa-conditions", "workaccess.ui.field.conditions", 500);
        start = WorkAccessUi.datePicker(this, "workaccess.ui.field.start");
        end = WorkAccessUi.datePicker(this, "workaccess.ui.field.end");
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(section("workaccess.ui.section.item", itemFields(workItems)),
                section("workaccess.ui.section.scope", scopeFields(directory)),
                section("workaccess.ui.section.time", timeFields()),
                section("workaccess.ui.section.funding", fundingFields()),
                section("workaccess.ui.section.data", dataFields()),
                section("workaccess.ui.section.contact", contactFields()),
                new H3(getTranslation("workaccess.ui.section.files")), attachments,
                WorkAccessUi.note(getTranslation("workaccess.ui.field.attachments", WorkAccessUi.MAX_UPLOAD_MB),
                        "var(--lumo-secondary-text-color)"));
        mapErrors();
        showDependentFields();
    }

    private Component itemFields(List<WorkItem> workItems) {
        text(title, "wa-title", "workaccess.ui.field.title", 100);
        item.setId("wa-item");
        item.setLabel(getTranslation("workaccess.ui.field.work-item"));
        List<ItemChoice> choices = new ArrayList<>();
        choices.add(ItemChoice.OUT_OF_LIST);
        WorkAccessUi.listOrder(workItems).forEach(entry -> choices.add(new ItemChoice(entry)));
        item.setItems(choices);
        item.setItemLabelGenerator(choice -> choice.item() == null
                ? getTranslation("workaccess.ui.field.work-item-none") : WorkAccessUi.itemLabel(this, choice.item()));
        item.setValue(ItemChoice.OUT_OF_LIST);
        item.setWidthFull();
        item.addValueChangeListener(change -> showItemHint());
        itemHint.setId("wa-item-hint");
        FormLayout form = new FormLayout(title, item, itemHint, content, legalBasis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        showItemHint();
        return form;
    }

    private Component scopeFields(Directory directory) {
        scope.setId("wa-scope");
        scope.setLabel(getTranslation("workaccess.ui.field.scope"));
        scope.setItems(TargetScope.values());
        scope.setItemLabelGenerator(value -> getTranslation("workaccess.scope." + value.name()));
        scope.addValueChangeListener(change -> showDependentFields());
        List<OrgUnitSummary> activeSubdistricts = directory.units(OrgUnitKind.SUBDISTRICT).stream()
                .filter(OrgUnitSummary::active).toList();
        Map<String, String> subdistrictNames = activeSubdistricts.stream()
                .collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::name));
        subdistricts.setId("wa-subdistricts");
        subdistricts.setLabel(getTranslation("workaccess.ui.field.subdistricts"));
        subdistricts.setItems(activeSubdistricts);
        subdistricts.setItemLabelGenerator(OrgUnitSummary::name);
        subdistricts.setWidthFull();
        communities.setId("wa-communities");
        communities.setLabel(getTranslation("workaccess.ui.field.communities"));
        communities.setItems(directory.units(OrgUnitKind.COMMUNITY).stream().filter(OrgUnitSummary::active).toList());
        // Community names repeat across towns; the subdistrict tells them apart.
        communities.setItemLabelGenerator(unit -> unit.name() + "（"
                + subdistrictNames.getOrDefault(unit.parentCode(), Objects.toString(unit.parentCode(), "")) + "）");
        communities.setWidthFull();
        VerticalLayout fields = new VerticalLayout(scope, subdistricts, communities);
        fields.setPadding(false);
        fields.setSpacing(false);
        return fields;
    }

    private Component timeFields() {
        start.setId("wa-start");
        end.setId("wa-end");
        text(hours, "wa-hours", "workaccess.ui.field.hours", 12);
        urgent.setId("wa-urgent");
        urgent.setLabel(getTranslation("workaccess.ui.field.urgent"));
        urgent.addValueChangeListener(change -> showDependentFields());
        text(urgentReason, "wa-urgent-reason", "workaccess.ui.field.urgent-reason", 500);
        FormLayout form = new FormLayout(start, end, hours, urgent, urgentReason);
        form.setColspan(urgentReason, 2);
        return form;
    }

    private Component fundingFields() {
        funding.setId("wa-funding");
        funding.setLabel(getTranslation("workaccess.ui.field.funding"));
        funding.setItems(Boolean.TRUE, Boolean.FALSE);
        funding.setItemLabelGenerator(value -> getTranslation(
                value ? "workaccess.ui.field.funding-yes" : "workaccess.ui.field.funding-no"));
        funding.addValueChangeListener(change -> showDependentFields());
        text(amount, "wa-amount", "workaccess.ui.field.amount", 20);
        text(fundingSource, "wa-funding-source", "workaccess.ui.field.funding-source", 200);
        transfer.setId("wa-transfer");
        transfer.setLabel(getTranslation("workaccess.ui.field.transfer"));
        transfer.setItems(TransferMethod.values());
        transfer.setItemLabelGenerator(value -> value == null ? "" : getTranslation("workaccess.transfer." + value.name()));
        FormLayout form = new FormLayout(funding, amount, fundingSource, transfer, conditions);
        form.setColspan(funding, 2);
        form.setColspan(conditions, 2);
        return form;
    }

    private Component dataFields() {
        dataUsable.setId("wa-data-usable");
        dataUsable.setLabel(getTranslation("workaccess.ui.field.data-usable"));
        dataUsable.addValueChangeListener(change -> showDependentFields());
        text(dataNote, "wa-data-note", "workaccess.ui.field.data-note", 500);
        FormLayout form = new FormLayout(dataUsable, dataNote);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    private Component contactFields() {
        text(contactName, "wa-contact-name", "workaccess.ui.field.contact-name", 50);
        text(contactPhone, "wa-contact-phone", "workaccess.ui.field.contact-phone", 20);
        return new FormLayout(contactName, contactPhone);
    }

    private void showItemHint() {
        WorkItem chosen = item.getValue() == null ? null : item.getValue().item();
        WorkItemKind kind = chosen == null ? null : chosen.kind();
        itemHint.removeAll();
        String key = "workaccess.ui.hint." + (kind == null ? "NONE" : kind.name());
        if (kind == WorkItemKind.NEGATIVE) {
            itemHint.add(WorkAccessUi.badge(getTranslation(key, chosen.legalBasis()), "badge error"));
            return;
        }
        itemHint.add(WorkAccessUi.note(getTranslation(key), kind == WorkItemKind.ASSIST
                ? "var(--lumo-primary-text-color)" : "var(--lumo-secondary-text-color)"));
        if (kind == WorkItemKind.ASSIST && chosen.fundingConditions() != null && !chosen.fundingConditions().isBlank()) {
            itemHint.add(WorkAccessUi.note(getTranslation("workaccess.ui.hint.ASSIST-conditions",
                    chosen.fundingConditions()), "var(--lumo-primary-text-color)"));
        }
    }

    private void showDependentFields() {
        subdistricts.setVisible(scope.getValue() == TargetScope.SUBDISTRICTS);
        communities.setVisible(scope.getValue() == TargetScope.COMMUNITIES);
        urgentReason.setVisible(urgent.getValue());
        boolean funded = Boolean.TRUE.equals(funding.getValue());
        amount.setVisible(funded);
        fundingSource.setVisible(funded);
        transfer.setVisible(funded);
        conditions.setVisible(funded);
        dataNote.setVisible(dataUsable.getValue());
    }

    /** The request as entered; attachments are the files uploaded since the form was shown. */
    AccessRequestDraft draft() {
        ItemChoice choice = item.getValue();
        TargetScope chosenScope = scope.getValue();
        List<String> targets = chosenScope == TargetScope.SUBDISTRICTS ? codes(subdistricts.getValue())
                : chosenScope == TargetScope.COMMUNITIES ? codes(communities.getValue()) : List.of();
        return new AccessRequestDraft(title.getValue(), content.getValue(), legalBasis.getValue(),
                choice == null || choice.item() == null ? null : choice.item().code(), chosenScope, targets,
                start.getValue(), end.getValue(), hours.getValue(), funding.getValue(), amount.getValue(),
                fundingSource.getValue(), transfer.getValue(), conditions.getValue(), dataUsable.getValue(),
                dataNote.getValue(), contactName.getValue(), contactPhone.getValue(), urgent.getValue(),
                urgentReason.getValue(), attachments.attachments());
    }

    /** Shows a request as it was submitted, to be changed; its stored attachments stay with it. */
    void fill(AccessRequestDetail detail) {
        title.setValue(orEmpty(detail.title()));
        content.setValue(orEmpty(detail.content()));
        legalBasis.setValue(orEmpty(detail.legalBasis()));
        String code = detail.workItem() == null ? null : detail.workItem().code();
        // An entry no longer in force is left unselected: the department must choose again.
        item.setValue(code == null ? ItemChoice.OUT_OF_LIST : item.getListDataView().getItems()
                .filter(choice -> choice.item() != null && choice.item().code().equals(code)).findFirst().orElse(null));
        scope.setValue(detail.scope());
        Set<String> communityCodes = detail.communities().stream().map(AccessRequestDetail.Community::code)
                .collect(Collectors.toSet());
        // The detail names its targets; subdistricts are matched by name, communities by the codes in scope.
        subdistricts.setValue(detail.scope() != TargetScope.SUBDISTRICTS ? Set.of() : subdistricts.getListDataView()
                .getItems().filter(unit -> detail.targets().contains(unit.name())).collect(Collectors.toSet()));
        communities.setValue(detail.scope() != TargetScope.COMMUNITIES ? Set.of() : communities.getListDataView()
                .getItems().filter(unit -> communityCodes.contains(unit.code())).collect(Collectors.toSet()));
        start.setValue(detail.startOn());
        end.setValue(detail.endOn());
        hours.setValue(plain(detail.hoursPerCommunity()));
        urgent.setValue(detail.urgent());
        urgentReason.setValue(orEmpty(detail.urgentReason()));
        funding.setValue(detail.fundingProvided());
        amount.setValue(plain(detail.fundingAmount()));
        fundingSource.setValue(orEmpty(detail.fundingSource()));
        transfer.setValue(detail.transferMethod());
        conditions.setValue(orEmpty(detail.workingConditions()));
        dataUsable.setValue(detail.existingDataUsable());
        dataNote.setValue(orEmpty(detail.dataSharingNote()));
        contactName.setValue(orEmpty(detail.contactName()));
        contactPhone.setValue(orEmpty(detail.contactPhone()));
        attachments.reset();
        showDependentFields();
    }

    /** The service's refusal: on the field it concerns (marked and focused) and as a notification. */
    void refused(BusinessException refusal) {
        String message = WorkAccessUi.describe(this, refusal);
        fieldsByError.values().forEach(field -> ((HasValidation) field.get()).setInvalid(false));
        String key = refusal.messageKey().startsWith(ERROR_PREFIX)
                ? refusal.messageKey().substring(ERROR_PREFIX.length()) : "";
        fieldsByError.entrySet().stream().filter(entry -> key.startsWith(entry.getKey())).findFirst()
                .map(entry -> entry.getValue().get()).ifPresent(field -> {
                    ((HasValidation) field).setErrorMessage(message);
                    ((HasValidation) field).setInvalid(true);
                    if (field instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                });
        Notifications.error(message);
    }

    void focus() {
        title.focus();
    }

    private void mapErrors() {
        fieldsByError.put("title-", () -> title);
        fieldsByError.put("content-", () -> content);
        fieldsByError.put("legal-basis-", () -> legalBasis);
        fieldsByError.put("work-item-", () -> item);
        fieldsByError.put("scope-", () -> scope);
        Supplier<Component> targets = () -> scope.getValue() == TargetScope.COMMUNITIES ? communities : subdistricts;
        fieldsByError.put("no-target", targets);
        fieldsByError.put("too-many-targets", targets);
        fieldsByError.put("target-", targets);
        fieldsByError.put("dates-", () -> start.isEmpty() ? start : end);
        fieldsByError.put("start-", () -> start);
        fieldsByError.put("lead-time", () -> start);
        fieldsByError.put("end-", () -> end);
        fieldsByError.put("urgent-reason-", () -> urgentReason);
        fieldsByError.put("hours-", () -> hours);
        fieldsByError.put("funding-answer", () -> funding);
        fieldsByError.put("funding-required-", () -> funding);
        fieldsByError.put("amount-", () -> amount);
        fieldsByError.put("funding-details", () -> fundingSource.isEmpty() ? fundingSource : transfer);
        fieldsByError.put("funding-source-", () -> fundingSource);
        fieldsByError.put("funding-empty", () -> conditions);
        fieldsByError.put("working-conditions-", () -> conditions);
        fieldsByError.put("data-sharing", () -> dataNote);
        fieldsByError.put("contact-name-", () -> contactName);
        fieldsByError.put("contact-phone-", () -> contactPhone);
    }

    private Component section(String titleKey, Component fields) {
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), fields);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    private void text(TextField field, String id, String labelKey, int maxLength) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(maxLength);
        field.setWidthFull();
    }

    private static List<String> codes(Set<OrgUnitSummary> units) {
        return units.stream().map(OrgUnitSummary::code).sorted().toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** One option of the list-entry choice; no entry stands for work not on the list. */
    private record ItemChoice(WorkItem item) {
        static final ItemChoice OUT_OF_LIST = new ItemChoice(null);
    }
}
