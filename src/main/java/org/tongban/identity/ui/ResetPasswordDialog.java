package org.tongban.identity.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.identity.IdentityRules;
import org.tongban.identity.StaffAdministration;

/** Sets a new password for a staff member, by the password policy. */
class ResetPasswordDialog extends Dialog {

    private final PasswordField password = new PasswordField();
    private final Binder<String[]> binder = new Binder<>();

    ResetPasswordDialog(StaffAdministration staff, String username, String displayName) {
        setHeaderTitle(getTranslation("admin.staff.reset-password-title", displayName));
        password.setId("reset-password-value");
        password.setLabel(getTranslation("admin.staff.new-password"));
        password.setHelperText(getTranslation("admin.staff.password-help"));
        password.setRequiredIndicatorVisible(true);
        binder.forField(password).withValidator(AdminUi.rule(this, value -> IdentityRules.password(value, username)))
                .bind(holder -> holder[0], (holder, value) -> holder[0] = value);
        add(new Paragraph(getTranslation("admin.staff.reset-password-hint")), password);

        Button save = new Button(getTranslation("action.save"), click -> {
            String[] holder = new String[1];
            if (!binder.writeBeanIfValid(holder)) {
                return;
            }
            try {
                staff.resetPassword(username, holder[0]);
                close();
                Notifications.success(getTranslation("admin.staff.password-reset", displayName));
            } catch (BusinessException refusal) {
                AdminUi.showOn(password, AdminUi.text(this, refusal));
            }
        });
        save.setId("reset-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(password);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }
}
