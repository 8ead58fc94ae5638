package org.tongban.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** Buttons every screen uses alike. */
public final class Buttons {

    private Buttons() {
    }

    /** The page's main action; Ctrl+Enter presses it from any field, as on the counter's intake forms. */
    public static Button submit(String text, String id, Runnable click) {
        Button submit = new Button(text, event -> click.run());
        submit.setId(id);
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.setTooltipText("Ctrl+Enter");
        return submit;
    }
}
