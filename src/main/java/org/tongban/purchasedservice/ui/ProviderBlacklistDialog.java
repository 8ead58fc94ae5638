package org.tongban.purchasedservice.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.ProviderAdministration;
import org.tongban.purchasedservice.ProviderAdministration.BlacklistDraft;
import org.tongban.purchasedservice.ProviderAdministration.Blacklisting;
import org.tongban.purchasedservice.ServiceProvider;

/** Blacklists a provider for a term, with the facts it rests on. */
class ProviderBlacklistDialog extends Dialog {

    private final transient ProviderAdministration administration;
    private final ServiceProvider provider;
    private final transient Consumer<Blacklisting> onAdded;
    private final TextArea reason = new TextArea(getTranslation("purchasedservice.provider.field.reason"));
    private final DatePicker from = new DatePicker(getTranslation("purchasedservice.provider.field.from"));
    private final DatePicker until = new DatePicker(getTranslation("purchasedservice.provider.field.until"));
    private final ProviderUi.FieldRefusals refusals = new ProviderUi.FieldRefusals(this);

    ProviderBlacklistDialog(ProviderAdministration administration, ServiceProvider provider, LocalDate today,
                            Consumer<Blacklisting> onAdded) {
        this.administration = administration;
        this.provider = provider;
        this.onAdded = onAdded;
        setHeaderTitle(getTranslation("purchasedservice.provider.blacklist.title", provider.name()));
        setWidth("min(40rem, 95vw)");

        reason.setId("ps-blacklist-reason");
        reason.setMaxLength(ProviderAdministration.REASON_MAX);
        reason.setWidthFull();
        from.setId("ps-blacklist-from");
        from.setValue(today);
        until.setId("ps-blacklist-until");
        for (HasValidation field : List.<HasValidation>of(reason, from, until)) {
            field.setManualValidation(true);
        }
        reason.setRequiredIndicatorVisible(true);
        from.setRequiredIndicatorVisible(true);
        until.setRequiredIndicatorVisible(true);
        refusals.on("reason", reason).on("from", from).on("until", until);

        FormLayout form = new FormLayout(from, until, reason);
        form.setColspan(reason, 2);
        add(new Paragraph(getTranslation("purchasedservice.provider.blacklist.help")), form);

        Button save = new Button(getTranslation("purchasedservice.provider.page.blacklist-add"), click -> save());
        save.setId("ps-blacklist-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("ps-blacklist-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        refusals.clear();
        try {
            Blacklisting added = administration.blacklist(provider.code(),
                    new BlacklistDraft(reason.getValue(), from.getValue(), until.getValue()));
            close();
            Notifications.success(getTranslation("purchasedservice.provider.blacklist.added", provider.name(),
                    added.from().toString(), added.until().toString()));
            onAdded.accept(added);
        } catch (BusinessException refusal) {
            refusals.show(refusal);
        }
    }
}
