package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.catalog.CertificateListAdministration;
import org.tongban.catalog.CertificateListAdministration.CertificateDraft;
import org.tongban.catalog.CertificateListAdministration.CertificateEntry;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;

/**
 * Adds an entry to the certificate lists or revises one; code and listing stay. The form shows only the fields of the
 * chosen listing: for a certificate the community issues, its basis, evidence, fact check, template, validity and
 * signer; for one it does not, the reason, who issues or verifies it instead and what replaces it.
 */
class CertificateDialog extends RevisionDialog<CertificateEntry> {

    private final transient CertificateListAdministration administration;

    private final TextField code = new TextField(getTranslation("catalog.certificates.code"));
    private final RadioButtonGroup<CertificateListing> listing =
            new RadioButtonGroup<>(getTranslation("catalog.certificates.listing"));
    private final TextField nameZh = new TextField(getTranslation("catalog.certificates.name"));
    private final TextField nameEn = new TextField(getTranslation("catalog.certificates.name-en"));
    private final TextField aliases = new TextField(getTranslation("catalog.certificates.aliases"));
    private final TextArea basisOrReason = new TextArea();
    private final RadioButtonGroup<CertificateReplacement> replacement =
            new RadioButtonGroup<>(getTranslation("catalog.certificates.replacement"));
    private final TextArea referTo = new TextArea(getTranslation("catalog.certificates.refer-to"));
    private final TextArea requiredEvidence = new TextArea(getTranslation("catalog.certificates.required-evidence"));
    private final TextArea factsChecked = new TextArea(getTranslation("catalog.certificates.facts-checked"));
    private final Checkbox homeVisit = new Checkbox(getTranslation("catalog.certificates.home-visit"));
    private final TextArea template = new TextArea(getTranslation("catalog.certificates.template"));
    private final IntegerField validityDays = new IntegerField(getTranslation("catalog.certificates.validity"));
    private final ComboBox<String> signerRole = new ComboBox<>(getTranslation("catalog.certificates.signer-role"));
    private final TextArea source = new TextArea(getTranslation("catalog.certificates.source"));
    private final List<Component> issuedFields = List.of(requiredEvidence, factsChecked, homeVisit, template,
            validityDays, signerRole);
    private final List<Component> refusedFields = List.of(replacement, referTo);

    /** {@code signerRoles}: the roles staff hold in communities, by code, with their names. */
    CertificateDialog(CertificateListAdministration administration, CertificateEntry latest, LocalDate today,
                      Map<String, String> signerRoles, Consumer<CertificateEntry> onSaved) {
        super(ListScreen.CERTIFICATES, latest == null ? null : CertificatesView.revision(latest), today,
                CertificateListAdministration.REASON_MAX, CertificatesView::revision, onSaved);
        this.administration = administration;

        code.setId("certificate-code");
        code.setHelperText(getTranslation("catalog.certificates.code-help"));
        listing.setId("certificate-listing");
        listing.setItems(CertificateListing.values());
        listing.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        listing.addValueChangeListener(change -> showFieldsOf(change.getValue()));
        nameZh.setId("certificate-name");
        nameZh.setMaxLength(CertificateListAdministration.NAME_MAX);
        nameEn.setId("certificate-name-en");
        nameEn.setMaxLength(CertificateListAdministration.NAME_MAX);
        aliases.setId("certificate-aliases");
        aliases.setHelperText(getTranslation("catalog.certificates.aliases-help"));
        basisOrReason.setId("certificate-basis");
        replacement.setId("certificate-replacement");
        replacement.setItems(CertificateReplacement.values());
        replacement.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        referTo.setId("certificate-refer-to");
        referTo.setHelperText(getTranslation("catalog.certificates.refer-to-help"));
        requiredEvidence.setId("certificate-required-evidence");
        requiredEvidence.setHelperText(getTranslation("catalog.certificates.required-evidence-help"));
        factsChecked.setId("certificate-facts-checked");
        factsChecked.setHelperText(getTranslation("catalog.certificates.facts-checked-help"));
        homeVisit.setId("certificate-home-visit");
        template.setId("certificate-template");
        template.setMaxLength(CertificateListAdministration.TEMPLATE_MAX);
        template.setHelperText(getTranslation("catalog.certificates.template-help",
                String.join("、", CertificateListAdministration.PLACEHOLDERS),
                String.join("、", CertificateListAdministration.REQUIRED_PLACEHOLDERS)));
        validityDays.setId("certificate-validity");
        validityDays.setMin(0);
        validityDays.setMax(CertificateListAdministration.VALIDITY_DAYS_MAX);
        validityDays.setStepButtonsVisible(true);
        validityDays.setHelperText(getTranslation("catalog.certificates.validity-help"));
        signerRole.setId("certificate-signer-role");
        signerRole.setHelperText(getTranslation("catalog.certificates.signer-role-help"));
        Map<String, String> roles = new LinkedHashMap<>(signerRoles);
        if (latest != null && !latest.type().signerRole().isEmpty()) {
            // A role no longer held in communities still shows, so that the administrator sees what to change.
            roles.putIfAbsent(latest.type().signerRole(), latest.type().signerRole());
        }
        signerRole.setItems(new ArrayList<>(roles.keySet()));
        signerRole.setItemLabelGenerator(role -> roles.getOrDefault(role, role) + "（" + role + "）");
        signerRole.setValue(CertificateListAdministration.DEFAULT_SIGNER_ROLE);
        source.setId("certificate-source");
        for (TextArea text : List.of(basisOrReason, referTo, requiredEvidence, factsChecked, source)) {
            text.setMaxLength(CertificateListAdministration.TEXT_MAX);
        }
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(code, listing, nameZh, basisOrReason, requiredEvidence,
                factsChecked, template, validityDays, replacement)) {
            field.setRequiredIndicatorVisible(true);
        }
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        code.setManualValidation(true);
        listing.setManualValidation(true);
        nameZh.setManualValidation(true);
        basisOrReason.setManualValidation(true);
        replacement.setManualValidation(true);
        requiredEvidence.setManualValidation(true);
        factsChecked.setManualValidation(true);
        template.setManualValidation(true);
        validityDays.setManualValidation(true);

        refusals.on("code-", code)
                .on("listing-", listing)
                .on("name-en-", nameEn)
                .on("name-", nameZh)
                .on("alias", aliases)
                .on("basis-", basisOrReason)
                .on("refusal-reason-", basisOrReason)
                .on("replacement-", replacement)
                .on("refer-to-", referTo)
                .on("required-evidence-", requiredEvidence)
                .on("facts-checked-", factsChecked)
                .on("home-visit-", homeVisit)
                .on("template-", template)
                .on("validity-", validityDays)
                .on("signer-role-", signerRole)
                .on("source-", source);
        FormLayout fields = new FormLayout(code, listing, nameZh, nameEn, aliases, basisOrReason, replacement, referTo,
                requiredEvidence, factsChecked, homeVisit, template, validityDays, signerRole, source, effectiveFrom);
        for (Component wide : List.<Component>of(listing, nameZh, nameEn, aliases, basisOrReason, replacement, referTo,
                requiredEvidence, factsChecked, homeVisit, template, source)) {
            fields.setColspan(wide, 2);
        }
        showFieldsOf(null);
        if (latest != null) {
            fill(latest.type());
        }
        addForm(fields);
    }

    private void showFieldsOf(CertificateListing chosen) {
        issuedFields.forEach(field -> field.setVisible(chosen == CertificateListing.ISSUED));
        refusedFields.forEach(field -> field.setVisible(chosen == CertificateListing.REFUSED));
        basisOrReason.setVisible(chosen != null);
        basisOrReason.setLabel(getTranslation(chosen == CertificateListing.REFUSED
                ? "catalog.certificates.refusal-reason" : "catalog.certificates.basis"));
        basisOrReason.setHelperText(chosen == CertificateListing.REFUSED ? null
                : getTranslation("catalog.certificates.basis-help"));
    }

    private void fill(CertificateType type) {
        code.setValue(type.code());
        code.setReadOnly(true);
        listing.setValue(type.listing());
        listing.setReadOnly(true);
        nameZh.setValue(type.nameZh());
        nameEn.setValue(type.nameEn());
        aliases.setValue(String.join("、", type.aliases()));
        basisOrReason.setValue(type.basisOrReason());
        source.setValue(type.source());
        if (type.issuable()) {
            requiredEvidence.setValue(type.requiredEvidence());
            factsChecked.setValue(type.factsChecked());
            homeVisit.setValue(type.homeVisit());
            template.setValue(type.template());
            validityDays.setValue(type.validityDays());
            signerRole.setValue(type.signerRole());
        } else {
            replacement.setValue(type.replacement());
            referTo.setValue(type.referTo());
        }
    }

    /** Only the chosen listing's fields: what was typed before the listing changed is not sent. */
    private CertificateDraft draft() {
        boolean issued = listing.getValue() == CertificateListing.ISSUED;
        boolean refused = listing.getValue() == CertificateListing.REFUSED;
        return new CertificateDraft(code.getValue(), listing.getValue(), nameZh.getValue(), nameEn.getValue(),
                aliases.getValue(), basisOrReason.getValue(), refused ? referTo.getValue() : null,
                refused ? replacement.getValue() : CertificateReplacement.NONE,
                issued ? requiredEvidence.getValue() : null, issued ? factsChecked.getValue() : null,
                issued && homeVisit.getValue(), issued ? template.getValue() : null,
                issued ? validityDays.getValue() : null, issued ? signerRole.getValue() : null, source.getValue(),
                effectiveFrom.getValue());
    }

    @Override
    protected CertificateEntry create() {
        return administration.create(draft());
    }

    @Override
    protected CertificateEntry revise(Revision latest, String reason) {
        return administration.revise(latest.code(), latest.number(), draft(), reason);
    }
}
