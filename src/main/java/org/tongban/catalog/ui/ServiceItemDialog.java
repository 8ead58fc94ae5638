package org.tongban.catalog.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogueAdministration;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemDraft;
import org.tongban.catalog.ServiceCatalogueAdministration.ServiceItemEntry;
import org.tongban.catalog.ServiceItem;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;

/**
 * Creates an item (entry == null) or edits one: everything but the code and the status, saved together. The service
 * checks the rules; a refusal is shown next to the field it concerns.
 */
class ServiceItemDialog extends Dialog {

    private final transient ServiceCatalogueAdministration administration;
    private final ServiceItemEntry entry;
    private final transient Consumer<ServiceItemEntry> afterSave;
    private final Map<String, OrgUnitSummary> departmentsByCode = new LinkedHashMap<>();

    private final TextField code = new TextField(getTranslation("catalog.items.code"));
    private final TextField name = new TextField(getTranslation("catalog.items.name"));
    private final ComboBox<OrgUnitSummary> department = new ComboBox<>(getTranslation("catalog.items.department"));
    private final IntegerField promisedDays = new IntegerField(getTranslation("catalog.items.promised-days"));
    private final IntegerField legalDays = new IntegerField(getTranslation("catalog.items.legal-days"));
    private final IntegerField siteVisitDays = new IntegerField(getTranslation("catalog.items.site-visit-days"));
    private final CheckboxGroup<Channel> channels = new CheckboxGroup<>(getTranslation("catalog.items.channels"));
    private final Checkbox twoLevelReview = new Checkbox(getTranslation("catalog.items.two-level-review"));
    private final MultiSelectComboBox<OrgUnitSummary> countersign =
            new MultiSelectComboBox<>(getTranslation("catalog.items.countersign"));
    private final TextArea legalBasis = new TextArea(getTranslation("catalog.items.legal-basis"));
    private final MaterialsEditor materials;

    ServiceItemDialog(ServiceCatalogueAdministration administration, ServiceItemEntry entry,
                      Consumer<ServiceItemEntry> afterSave) {
        this.administration = administration;
        this.entry = entry;
        this.afterSave = afterSave;
        ServiceItem item = entry == null ? null : entry.item();
        setHeaderTitle(item == null ? getTranslation("catalog.items.new")
                : getTranslation("catalog.items.edit", item.name()));
        setWidth("min(64rem, 95vw)");

        administration.departments().forEach(unit -> departmentsByCode.put(unit.code(), unit));
        if (item != null) {
            // An item may still name a department that was deactivated since: keep it choosable, the service says why.
            keepChoosable(item.departmentCode(), entry.departmentName());
            item.countersignDepartments().forEach(unitCode -> keepChoosable(unitCode, unitCode));
        }

        code.setId("service-item-code");
        code.setHelperText(getTranslation("catalog.items.code-help"));
        name.setId("service-item-name");
        name.setMaxLength(100);
        department.setId("service-item-department");
        department.setItems(departmentsByCode.values());
        department.setItemLabelGenerator(OrgUnitSummary::name);
        promisedDays.setId("service-item-promised-days");
        promisedDays.setHelperText(getTranslation("catalog.items.promised-days-help"));
        legalDays.setId("service-item-legal-days");
        legalDays.setHelperText(getTranslation("catalog.items.legal-days-help"));
        siteVisitDays.setId("service-item-site-visit-days");
        siteVisitDays.setHelperText(getTranslation("catalog.items.site-visit-days-help"));
        for (IntegerField days : List.of(promisedDays, legalDays, siteVisitDays)) {
            days.setMin(0);
            days.setMax(365);
        }
        channels.setId("service-item-channels");
        channels.setItems(Channel.values());
        channels.setItemLabelGenerator(channel -> getTranslation(channel.messageKey()));
        twoLevelReview.setId("service-item-two-level-review");
        countersign.setId("service-item-countersign");
        countersign.setItems(departmentsByCode.values());
        countersign.setItemLabelGenerator(OrgUnitSummary::name);
        legalBasis.setId("service-item-legal-basis");
        legalBasis.setMaxLength(1000);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(code, name, department, promisedDays, channels)) {
            field.setRequiredIndicatorVisible(true);
        }

        if (item == null) {
            promisedDays.setValue(0);
            siteVisitDays.setValue(0);
            channels.setValue(EnumSet.of(Channel.COUNTER));
            twoLevelReview.setValue(true);
        } else {
            code.setValue(item.code());
            code.setReadOnly(true);
            name.setValue(item.name());
            department.setValue(departmentsByCode.get(item.departmentCode()));
            promisedDays.setValue(item.promisedDays());
            legalDays.setValue(item.legalDays());
            siteVisitDays.setValue(item.siteVisitDays());
            channels.setValue(item.channels());
            twoLevelReview.setValue(item.twoLevelReview());
            countersign.setValue(item.countersignDepartments().stream().map(departmentsByCode::get).toList());
            legalBasis.setValue(item.legalBasis() == null ? "" : item.legalBasis());
        }
        materials = new MaterialsEditor(item == null ? List.of() : item.materials());
        if (item == null) {
            materials.addRow(null);
        }

        FormLayout fields = new FormLayout(code, name, department, countersign, promisedDays, legalDays, siteVisitDays,
                twoLevelReview, channels, legalBasis);
        fields.setColspan(channels, 2);
        fields.setColspan(legalBasis, 2);
        add(fields, materials);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("service-item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("service-item-cancel");
        getFooter().add(cancel, save);
    }

    private void keepChoosable(String unitCode, String unitName) {
        departmentsByCode.putIfAbsent(unitCode, new OrgUnitSummary(unitCode, unitName, OrgUnitKind.DEPARTMENT, false, null));
    }

    private ServiceItemDraft draft() {
        List<String> countersignCodes = new ArrayList<>();
        // Keep the list's order: the service reports the first broken rule in it.
        departmentsByCode.values().stream().filter(countersign.getValue()::contains)
                .forEach(unit -> countersignCodes.add(unit.code()));
        return new ServiceItemDraft(name.getValue(), department.getValue() == null ? null : department.getValue().code(),
                legalDays.getValue(), promisedDays.getValue(), Set.copyOf(channels.getValue()),
                materials.materials(), countersignCodes, twoLevelReview.getValue(), siteVisitDays.getValue(),
                legalBasis.getValue());
    }

    private void save() {
        clearErrors();
        try {
            ServiceItemEntry saved = entry == null
                    ? administration.create(code.getValue(), draft())
                    : administration.update(entry.code(), draft(), entry.version());
            close();
            Notifications.success(getTranslation("common.saved"));
            afterSave.accept(saved);
        } catch (BusinessException refusal) {
            showRefusal(refusal);
        }
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(code, name, department, promisedDays, legalDays, siteVisitDays,
                channels, countersign, legalBasis)) {
            field.setInvalid(false);
        }
        materials.showError(null);
    }

    /** A refusal about one field goes next to it; anything else is a notification. */
    private void showRefusal(BusinessException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        String key = refusal.messageKey().substring(refusal.messageKey().lastIndexOf('.') + 1);
        HasValidation field = null;
        if (key.startsWith("code-")) {
            field = code;
        } else if (key.startsWith("name-")) {
            field = name;
        } else if (key.startsWith("department-")) {
            field = concernsResponsibleDepartment(refusal) ? department : countersign;
        } else if (key.startsWith("countersign-")) {
            field = countersign;
        } else if (key.startsWith("promised-")) {
            field = promisedDays;
        } else if (key.startsWith("legal-days")) {
            field = legalDays;
        } else if (key.startsWith("site-visit")) {
            field = siteVisitDays;
        } else if (key.startsWith("channel")) {
            field = channels;
        } else if (key.startsWith("legal-basis")) {
            field = legalBasis;
        } else if (key.startsWith("material")) {
            materials.showError(message);
            return;
        }
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** Department refusals name the unit: the responsible one, or else one of the countersigning ones. */
    private boolean concernsResponsibleDepartment(BusinessException refusal) {
        OrgUnitSummary chosen = department.getValue();
        Object[] arguments = refusal.arguments();
        return chosen == null || arguments.length == 0
                || Objects.equals(arguments[0], chosen.code()) || Objects.equals(arguments[0], chosen.name());
    }
}
