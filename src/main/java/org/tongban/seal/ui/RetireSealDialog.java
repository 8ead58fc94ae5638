package org.tongban.seal.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.SealEntry;

/** Retires a seal for good, with the reason; the seal, its list and its log stay. */
class RetireSealDialog extends Dialog {

    private final transient SealAdministration administration;
    private final SealEntry seal;
    private final transient Consumer<SealEntry> onRetired;
    private final TextArea reason = new TextArea(getTranslation("seal.retire.reason"));

    RetireSealDialog(SealAdministration administration, SealEntry seal, Consumer<SealEntry> onRetired) {
        this.administration = administration;
        this.seal = seal;
        this.onRetired = onRetired;
        setHeaderTitle(getTranslation("seal.retire.title", seal.code()));
        setWidth("min(36rem, 95vw)");

        reason.setId("seal-retire-reason");
        reason.setMaxLength(SealAdministration.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("seal.retire.help", seal.name())), reason);

        Button save = new Button(getTranslation("seal.seals.retire"), click -> retire());
        save.setId("seal-retire-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void retire() {
        reason.setInvalid(false);
        try {
            SealEntry retired = administration.retire(seal.id(), seal.version(), reason.getValue());
            close();
            Notifications.success(getTranslation("seal.retire.retired", retired.code()));
            onRetired.accept(retired);
        } catch (BusinessException refusal) {
            String message = SealUi.text(this, refusal);
            if (refusal.messageKey().startsWith("seal.error.reason-")) {
                SealUi.showOn(reason, message);
            } else {
                Notifications.error(message);
            }
        }
    }
}
