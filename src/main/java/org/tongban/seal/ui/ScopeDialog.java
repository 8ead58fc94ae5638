package org.tongban.seal.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.seal.SealAdministration;
import org.tongban.seal.SealAdministration.ScopeItem;
import org.tongban.seal.SealAdministration.SealEntry;
import org.tongban.seal.SealAdministration.UseOption;

/**
 * 印章使用范围清单 — ticks the certificates a seal may be used for, from the issuable certificates in force today,
 * with the reason for the change. A use on the list whose certificate has left the certificate list is still offered
 * (ticked), so that taking it off is a decision too.
 */
class ScopeDialog extends Dialog {

    private final transient SealAdministration administration;
    private final SealEntry seal;
    private final transient Consumer<SealEntry> onSaved;
    private final CheckboxGroup<UseOption> uses = new CheckboxGroup<>(getTranslation("seal.scope.uses"));
    private final TextArea reason = new TextArea(getTranslation("seal.scope.reason"));

    ScopeDialog(SealAdministration administration, SealEntry seal, Consumer<SealEntry> onSaved) {
        this.administration = administration;
        this.seal = seal;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("seal.scope.title", seal.code()));
        setWidth("min(48rem, 95vw)");

        List<UseOption> options = new ArrayList<>(administration.useOptions());
        Set<String> listed = options.stream().map(UseOption::useCode).collect(Collectors.toSet());
        for (ScopeItem item : seal.activeScope()) {
            if (!listed.contains(item.useCode())) {
                options.add(new UseOption(item.useCode(), getTranslation("seal.scope.not-listed", item.useName())));
            }
        }
        uses.setId("seal-scope-uses");
        uses.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        uses.setItems(options);
        uses.setItemLabelGenerator(option -> SealUi.shortCode(option.useCode()) + " " + option.name());
        uses.select(options.stream().filter(option -> seal.covers(option.useCode())).toList());
        uses.setManualValidation(true);
        reason.setId("seal-scope-reason");
        reason.setMaxLength(SealAdministration.REASON_MAX);
        reason.setHelperText(getTranslation("seal.scope.reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setManualValidation(true);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("seal.scope.help")), uses, reason);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("seal-scope-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        uses.setInvalid(false);
        reason.setInvalid(false);
        try {
            SealEntry saved = administration.changeScope(seal.id(), seal.version(),
                    uses.getSelectedItems().stream().map(UseOption::useCode).toList(), reason.getValue());
            close();
            Notifications.success(getTranslation("seal.scope.saved", saved.code(), saved.activeScope().size()));
            onSaved.accept(saved);
        } catch (BusinessException refusal) {
            String message = SealUi.text(this, refusal);
            String key = refusal.messageKey();
            if (key.startsWith("seal.error.reason-")) {
                SealUi.showOn(reason, message);
            } else if (key.startsWith("seal.error.use-") || key.startsWith("seal.error.scope-")) {
                SealUi.showOn(uses, message);
            } else {
                Notifications.error(message);
            }
        }
    }
}
