package org.tongban.purchasedservice.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.MemoryUpload;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.Qualification;
import org.tongban.purchasedservice.ProviderAdministration.QualificationDraft;
import org.tongban.purchasedservice.ServiceProvider;

/** Adds a qualification with its scan; a refusal of the file is shown under the upload. */
class ProviderQualificationDialog extends Dialog {

    private final transient ProviderAdministration administration;
    private final ServiceProvider provider;
    private final transient Consumer<Qualification> onAdded;
    private final TextField name = new TextField(getTranslation("purchasedservice.provider.field.qualification-name"));
    private final TextField number =
            new TextField(getTranslation("purchasedservice.provider.field.qualification-number"));
    private final TextField issuer = new TextField(getTranslation("purchasedservice.provider.field.issuer"));
    private final DatePicker validUntil = new DatePicker(getTranslation("purchasedservice.provider.field.valid-until"));
    private final MemoryUpload scan =
            new MemoryUpload("ps-qualification-scan", ProviderAdministration.SCAN_MAX_MEGABYTES);
    private final Span scanError = new Span();
    private final ProviderUi.FieldRefusals refusals = new ProviderUi.FieldRefusals(this);

    ProviderQualificationDialog(ProviderAdministration administration, ServiceProvider provider,
                                Consumer<Qualification> onAdded) {
        this.administration = administration;
        this.provider = provider;
        this.onAdded = onAdded;
        setHeaderTitle(getTranslation("purchasedservice.provider.qualification.title", provider.name()));
        setWidth("min(40rem, 95vw)");

        name.setId("ps-qualification-name");
        name.setMaxLength(ProviderAdministration.QUALIFICATION_NAME_MAX);
        number.setId("ps-qualification-number");
        number.setMaxLength(ProviderAdministration.QUALIFICATION_NUMBER_MAX);
        issuer.setId("ps-qualification-issuer");
        issuer.setMaxLength(ProviderAdministration.AUTHORITY_MAX);
        validUntil.setId("ps-qualification-valid-until");
        validUntil.setHelperText(getTranslation("purchasedservice.provider.qualification.valid-until-help"));
        for (HasValidation field : List.<HasValidation>of(name, number, issuer, validUntil)) {
            field.setManualValidation(true);
        }
        name.setRequiredIndicatorVisible(true);
        number.setRequiredIndicatorVisible(true);
        issuer.setRequiredIndicatorVisible(true);
        scan.setMaxFiles(1);
        scanError.setId("ps-qualification-scan-error");
        scanError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        refusals.on("qualification-name", name).on("qualification-number", number).on("issuer", issuer)
                .on("valid-until", validUntil);

        FormLayout form = new FormLayout(name, number, issuer, validUntil);
        form.setColspan(name, 2);
        Span scanLabel = new Span(getTranslation("purchasedservice.provider.field.scan") + " · "
                + getTranslation("purchasedservice.provider.qualification.scan-help"));
        scanLabel.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(form, scanLabel, scan, scanError);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("ps-qualification-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ps-qualification-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        refusals.clear();
        scanError.setText("");
        List<MemoryUpload.File> files = scan.files();
        MemoryUpload.File file = files.isEmpty() ? null : files.get(0);
        try {
            Qualification added = administration.addQualification(provider.code(), new QualificationDraft(
                    name.getValue(), number.getValue(), issuer.getValue(), validUntil.getValue(),
                    file == null ? null : file.fileName(), file == null ? null : file.content()));
            close();
            Notifications.success(getTranslation("purchasedservice.provider.qualification.added", added.name()));
            onAdded.accept(added);
        } catch (BusinessException refusal) {
            String key = refusal.messageKey();
            if (key.startsWith("error.file-") || key.equals(ProviderUi.ERROR + "scan-required")) {
                scanError.setText(ProviderUi.text(this, refusal));
            } else {
                refusals.show(refusal);
            }
        }
    }
}
