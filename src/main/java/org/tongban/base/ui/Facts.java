package org.tongban.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;

/** Labelled read-only values, two columns on a wide screen; long texts span both and keep their line breaks. */
public class Facts extends FormLayout {

    public Facts() {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("700px", 2));
    }

    public Facts text(String labelKey, String value, String id) {
        Span text = new Span(value == null ? "" : value);
        if (id != null) {
            text.setId(id);
        }
        return value(labelKey, text);
    }

    /** Only when there is something to say: empty optional fields are left out rather than shown blank. */
    public Facts optional(String labelKey, String value, String id) {
        return value == null || value.isBlank() ? this : text(labelKey, value, id);
    }

    public Facts wide(String labelKey, String value, String id) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span text = new Span(value);
        text.getStyle().set("white-space", "pre-wrap");
        if (id != null) {
            text.setId(id);
        }
        setColspan(addFormItem(text, getTranslation(labelKey)), 2);
        return this;
    }

    public Facts value(String labelKey, Component value) {
        addFormItem(value, getTranslation(labelKey));
        return this;
    }
}
