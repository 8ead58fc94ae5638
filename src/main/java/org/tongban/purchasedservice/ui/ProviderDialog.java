package org.tongban.purchasedservice.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.ProviderDraft;
import org.tongban.purchasedservice.ProviderKind;
import org.tongban.purchasedservice.ServiceProvider;

/**
 * Registers a provider on its unit (provider == null), or edits its profile. The service checks everything; a
 * refusal is shown next to the field it concerns. Choosing a community fills in its committee.
 */
class ProviderDialog extends Dialog {

    private final transient ProviderAdministration administration;
    private final ServiceProvider provider;
    private final transient Consumer<ServiceProvider> onSaved;

    private final ComboBox<OrgUnitSummary> unit = new ComboBox<>(label("unit"));
    private final TextField name = new TextField(label("name"));
    private final Select<ProviderKind> kind = new Select<>();
    private final TextField creditCode = new TextField(label("credit-code"));
    private final TextField legalRepresentative = new TextField(label("legal-representative"));
    private final TextField contactPerson = new TextField(label("contact-person"));
    private final TextField contactMobile = new TextField(label("contact-mobile"));
    private final TextField address = new TextField(label("address"));
    private final DatePicker establishedOn = new DatePicker(label("established-on"));
    private final TextField registrationAuthority = new TextField(label("registration-authority"));
    private final RadioButtonGroup<Boolean> partyOrganisation = new RadioButtonGroup<>(label("party-organisation"));
    private final TextArea services = new TextArea(label("services"));
    private final ProviderUi.FieldRefusals refusals = new ProviderUi.FieldRefusals(this);

    ProviderDialog(ProviderAdministration administration, ServiceProvider provider,
                   Consumer<ServiceProvider> onSaved) {
        this.administration = administration;
        this.provider = provider;
        this.onSaved = onSaved;
        setHeaderTitle(provider == null ? getTranslation("purchasedservice.provider.dialog.register")
                : getTranslation("purchasedservice.provider.dialog.edit", provider.name()));
        setWidth("min(52rem, 95vw)");

        unit.setId("ps-provider-unit");
        unit.setItemLabelGenerator(choice -> getTranslation("purchasedservice.provider.page.unit", choice.name(),
                choice.code()));
        unit.setHelperText(getTranslation("purchasedservice.provider.dialog.unit-help"));
        unit.addValueChangeListener(change -> fillIn(change.getValue()));
        name.setId("ps-provider-name");
        name.setMaxLength(ProviderAdministration.NAME_MAX);
        kind.setId("ps-provider-kind");
        kind.setLabel(label("kind"));
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.messageKey()));
        creditCode.setId("ps-provider-credit-code");
        creditCode.setMaxLength(20);
        creditCode.setHelperText(getTranslation("purchasedservice.provider.dialog.credit-code-help"));
        legalRepresentative.setId("ps-provider-legal-representative");
        legalRepresentative.setMaxLength(ProviderAdministration.PERSON_MAX);
        contactPerson.setId("ps-provider-contact-person");
        contactPerson.setMaxLength(ProviderAdministration.PERSON_MAX);
        contactMobile.setId("ps-provider-contact-mobile");
        contactMobile.setMaxLength(13);
        address.setId("ps-provider-address");
        address.setMaxLength(ProviderAdministration.ADDRESS_MAX);
        establishedOn.setId("ps-provider-established-on");
        registrationAuthority.setId("ps-provider-registration-authority");
        registrationAuthority.setMaxLength(ProviderAdministration.AUTHORITY_MAX);
        partyOrganisation.setId("ps-provider-party-organisation");
        partyOrganisation.setItems(Boolean.TRUE, Boolean.FALSE);
        partyOrganisation.setItemLabelGenerator(sound -> getTranslation(Boolean.TRUE.equals(sound)
                ? "purchasedservice.provider.party.yes" : "purchasedservice.provider.party.no"));
        partyOrganisation.setHelperText(getTranslation("purchasedservice.provider.dialog.party-help"));
        services.setId("ps-provider-services");
        services.setMaxLength(ProviderAdministration.SERVICES_MAX);
        services.setHelperText(getTranslation("purchasedservice.provider.dialog.services-help"));

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(unit, name, kind, creditCode, legalRepresentative,
                contactPerson, contactMobile, address, establishedOn, registrationAuthority, partyOrganisation,
                services)) {
            // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
            ((HasValidation) field).setManualValidation(true);
            field.setRequiredIndicatorVisible(true);
        }
        refusals.on("unit", unit).on("name", name).on("kind", kind).on("credit-code", creditCode)
                .on("legal-representative", legalRepresentative).on("contact-person", contactPerson)
                .on("contact-mobile", contactMobile).on("address", address).on("established-on", establishedOn)
                .on("registration-authority", registrationAuthority).on("party-organisation", partyOrganisation)
                .on("services", services);

        FormLayout form = new FormLayout();
        if (provider == null) {
            unit.setItems(administration.registrableUnits());
            form.add(unit);
            form.setColspan(unit, 2);
        } else {
            show(ProviderDraft.of(provider));
        }
        form.add(name, kind, creditCode, legalRepresentative, contactPerson, contactMobile, address, establishedOn,
                registrationAuthority, partyOrganisation, services);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        form.setColspan(services, 2);
        add(form);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("ps-provider-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ps-provider-cancel");
        getFooter().add(cancel, save);
    }

    /** A community is registered as its committee, under the committee's name; a provider unit under its own. */
    private void fillIn(OrgUnitSummary chosen) {
        if (chosen == null) {
            return;
        }
        boolean community = chosen.kind() == OrgUnitKind.COMMUNITY;
        if (community) {
            kind.setValue(ProviderKind.COMMUNITY_COMMITTEE);
        } else if (kind.getValue() == ProviderKind.COMMUNITY_COMMITTEE) {
            kind.clear();
        }
        name.setValue(community ? committeeName(chosen) : chosen.name());
    }

    /** 和平社区 → 和平社区居民委员会, 桃源村 → 桃源村村民委员会. */
    private static String committeeName(OrgUnitSummary community) {
        return community.name() + (community.name().endsWith("村") ? "村民委员会" : "居民委员会");
    }

    private void show(ProviderDraft draft) {
        name.setValue(draft.name());
        kind.setValue(draft.kind());
        creditCode.setValue(draft.creditCode());
        legalRepresentative.setValue(draft.legalRepresentative());
        contactPerson.setValue(draft.contactPerson());
        contactMobile.setValue(draft.contactMobile());
        address.setValue(draft.address());
        establishedOn.setValue(draft.establishedOn());
        registrationAuthority.setValue(draft.registrationAuthority());
        partyOrganisation.setValue(draft.partyOrganisation());
        services.setValue(draft.services());
    }

    private void save() {
        refusals.clear();
        ProviderDraft draft = new ProviderDraft(name.getValue(), kind.getValue(), creditCode.getValue(),
                legalRepresentative.getValue(), contactPerson.getValue(), contactMobile.getValue(), address.getValue(),
                establishedOn.getValue(), registrationAuthority.getValue(), partyOrganisation.getValue(),
                services.getValue());
        try {
            ServiceProvider saved = provider == null
                    ? administration.register(unit.getValue() == null ? null : unit.getValue().code(), draft)
                    : administration.edit(provider.code(), draft, provider.version());
            close();
            Notifications.success(getTranslation(provider == null ? "purchasedservice.provider.dialog.registered"
                    : "purchasedservice.provider.dialog.saved", saved.name()));
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            refusals.show(refusal);
        }
    }

    private String label(String field) {
        return getTranslation("purchasedservice.provider.field." + field);
    }
}
