package org.tongban.inbox.form;

import java.util.function.Function;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.binder.ValueContext;

/**
 * One rendered input and the conversion between its Vaadin value (LocalDate, Set, BigDecimal…) and the form value
 * the rules and the inbox service work with.
 */
final class FieldInput<V> {

    /**
     * Stands in for text a picker or number field could not parse: a string no rule accepts, so the field reports
     * "not a number/date" instead of quietly submitting nothing.
     */
    static final String UNPARSABLE = "unparsable input";

    private final FormComponent field;
    private final AbstractField<?, V> component;
    private final Function<V, Object> toFormValue;
    private final Function<Object, V> fromFormValue;

    FieldInput(FormComponent field, AbstractField<?, V> component, Function<V, Object> toFormValue,
            Function<Object, V> fromFormValue) {
        if (!(component instanceof HasValidationProperties)) {
            throw new IllegalArgumentException(component.getClass() + " cannot show a validation error");
        }
        this.field = field;
        this.component = component;
        this.toFormValue = toFormValue;
        this.fromFormValue = fromFormValue;
    }

    FormComponent field() {
        return field;
    }

    AbstractField<?, V> component() {
        return component;
    }

    /** The form value the user entered, {@link #UNPARSABLE} when the field holds text it could not read. */
    Object value() {
        if (component.isEmpty() && hasUnparsableInput()) {
            return UNPARSABLE;
        }
        return component.isEmpty() ? toFormValue.apply(component.getEmptyValue()) : toFormValue.apply(component.getValue());
    }

    void show(Object formValue) {
        V value = formValue == null ? null : fromFormValue.apply(formValue);
        component.setValue(value == null ? component.getEmptyValue() : value);
    }

    void showError(String message) {
        HasValidationProperties validated = (HasValidationProperties) component;
        validated.setErrorMessage(message);
        validated.setInvalid(true);
    }

    void clearError() {
        HasValidationProperties validated = (HasValidationProperties) component;
        validated.setInvalid(false);
        validated.setErrorMessage(null);
    }

    boolean isInvalid() {
        return ((HasValidationProperties) component).isInvalid();
    }

    void focus() {
        if (component instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /**
     * Vaadin's own validator knows about unparsable text (a date typed as "3月5日", a number as "1.2.3"), but it also
     * checks "required", which is ours to report: ask it with the required flag off.
     */
    @SuppressWarnings("unchecked")
    private boolean hasUnparsableInput() {
        if (!(component instanceof HasValidator<?> validated)) {
            return false;
        }
        boolean required = component.isRequiredIndicatorVisible();
        component.setRequiredIndicatorVisible(false);
        try {
            return ((HasValidator<V>) validated).getDefaultValidator()
                    .apply(component.getEmptyValue(), new ValueContext(new Binder<>(), component, component))
                    .isError();
        } finally {
            component.setRequiredIndicatorVisible(required);
        }
    }
}
