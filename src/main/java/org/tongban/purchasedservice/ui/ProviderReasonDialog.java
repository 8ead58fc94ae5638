package org.tongban.purchasedservice.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.purchasedservice.ProviderAdministration;

/**
 * A change that needs only its reason: taking a provider out of use, removing a qualification, lifting a blacklist
 * entry. {@code change} calls the service with the reason typed; its refusal of the reason shows under the field.
 */
class ProviderReasonDialog<T> extends Dialog {

    private final transient Function<String, T> change;
    private final transient Consumer<T> onDone;
    private final TextArea reason = new TextArea(getTranslation("purchasedservice.provider.field.reason"));
    private final ProviderUi.FieldRefusals refusals = new ProviderUi.FieldRefusals(this);

    /** Ids: {@code <id>-reason}, {@code <id>-save}, {@code <id>-cancel}. */
    ProviderReasonDialog(String id, String title, String help, String action, Function<String, T> change,
                         Consumer<T> onDone) {
        this.change = change;
        this.onDone = onDone;
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        reason.setId(id + "-reason");
        reason.setMaxLength(ProviderAdministration.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        refusals.on("reason", reason);
        add(new Paragraph(help), reason);

        Button save = new Button(action, click -> save());
        save.setId(id + "-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        refusals.clear();
        try {
            T done = change.apply(reason.getValue());
            close();
            onDone.accept(done);
        } catch (BusinessException refusal) {
            refusals.show(refusal);
        }
    }
}
