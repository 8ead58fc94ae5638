package org.tongban.inbox.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A form on screen, built by {@link VaadinFormRenderer}. Each input has the id {@code form-<key>}. The view adds it,
 * calls {@link #submit()} from its own button, hands the values to the inbox service and shows what the service
 * refused with {@link #setServerErrors}.
 */
public final class RenderedForm extends Composite<VerticalLayout> {

    private final FormSchema schema;
    private final boolean readOnly;
    private final FormValidator validator;
    private final Function<FieldError, String> translator;
    private final Map<String, FieldInput<?>> inputs = new LinkedHashMap<>();
    private final Div formErrors = new Div();

    RenderedForm(FormSchema schema, boolean readOnly, FormValidator validator, Function<FieldError, String> translator) {
        this.schema = schema;
        this.readOnly = readOnly;
        this.validator = validator;
        this.translator = translator;
        // A hyphen after "form-": no field key (letters, digits, underscores) can produce this id.
        formErrors.setId("form-level-errors");
        formErrors.addClassName("tongban-form-errors");
        formErrors.getElement().setAttribute("role", "alert");
        formErrors.getStyle().set("color", "var(--lumo-error-text-color)");
        formErrors.setVisible(false);
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.STRETCH);
        getContent().add(formErrors);
        addClassName("tongban-form");
    }

    public FormSchema schema() {
        return schema;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /**
     * Checks every editable field with the form's rules. When all pass, returns their values (form value shape,
     * {@code null} for an empty field; read-only fields are not included); otherwise shows each error on its field,
     * focuses the first and returns empty.
     *
     * @throws IllegalStateException on a read-only form
     */
    public Optional<Map<String, Object>> submit() {
        if (readOnly) {
            throw new IllegalStateException("Form " + schema.resourceName() + " is shown read-only");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.values().stream().filter(input -> input.field().isEditable())
                .forEach(input -> values.put(input.field().key(), input.value()));
        List<FieldError> errors = validator.validate(schema, values);
        showErrors(errors);
        return errors.isEmpty() ? Optional.of(Collections.unmodifiableMap(values)) : Optional.empty();
    }

    /**
     * Shows the errors the inbox service returned, each on its field; an error for a key the form does not show
     * appears above the form. Clears the previous errors.
     */
    public void setServerErrors(List<FieldError> errors) {
        showErrors(errors);
    }

    void add(Component content) {
        getContent().add(content);
    }

    void register(FieldInput<?> input) {
        inputs.put(input.field().key(), input);
        if (input.field().isEditable() && !readOnly) {
            input.component().addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    validateField(input);
                }
            });
        }
    }

    void focusFirstField() {
        inputs.values().stream().filter(input -> input.field().isEditable()).findFirst().ifPresent(FieldInput::focus);
    }

    private void validateField(FieldInput<?> input) {
        FieldRules.check(input.field(), input.value()).ifPresentOrElse(
                error -> input.showError(translator.apply(error)), input::clearError);
    }

    private void showErrors(List<FieldError> errors) {
        inputs.values().forEach(FieldInput::clearError);
        formErrors.removeAll();
        Set<String> shown = new LinkedHashSet<>();
        for (FieldError error : errors) {
            FieldInput<?> input = inputs.get(error.key());
            if (input == null) {
                formErrors.add(new Div(new Span(translator.apply(error))));
            } else if (shown.add(error.key())) {
                input.showError(translator.apply(error));
            }
        }
        formErrors.setVisible(formErrors.getComponentCount() > 0);
        inputs.values().stream().filter(FieldInput::isInvalid).findFirst().ifPresent(FieldInput::focus);
    }
}
