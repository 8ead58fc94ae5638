package org.tongban.inbox.form;

import java.util.List;

/**
 * A value that breaks a rule of its field. The message is an i18n key and its arguments (the field's label first),
 * so the UI and the REST API each translate it for their caller.
 */
public record FieldError(String key, String label, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    static FieldError of(FormComponent field, String messageKey, Object... limits) {
        Object[] arguments = new Object[limits.length + 1];
        arguments[0] = field.displayLabel();
        System.arraycopy(limits, 0, arguments, 1, limits.length);
        return new FieldError(field.key(), field.displayLabel(), messageKey, List.of(arguments));
    }
}
