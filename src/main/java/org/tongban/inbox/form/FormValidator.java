package org.tongban.inbox.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Checks a submission against its form, for the Vaadin inbox and the REST API alike (both hand in raw values, see
 * the package description). A submission may only carry the form's editable fields: an undeclared key or a
 * read-only (or disabled) field is an error, never silently dropped or stored. Read-only fields are not checked
 * either: the user could not have filled them in.
 */
@Component
public class FormValidator {

    /** All errors, editable fields in form order first, then keys that may not be submitted. Empty when valid. */
    public List<FieldError> validate(FormSchema schema, Map<String, ?> values) {
        Map<String, ?> submitted = values == null ? Map.of() : values;
        List<FieldError> errors = new ArrayList<>();
        for (FormComponent field : schema.fields()) {
            if (field.isEditable()) {
                FieldRules.check(field, submitted.get(field.key())).ifPresent(errors::add);
            }
        }
        for (String key : new TreeSet<>(submitted.keySet())) {
            Optional<FormComponent> field = schema.field(key);
            if (field.isEmpty()) {
                errors.add(new FieldError(key, key, "form.error.unknown-field", List.of(key)));
            } else if (!field.get().isEditable()) {
                errors.add(FieldError.of(field.get(), "form.error.readonly"));
            }
        }
        return List.copyOf(errors);
    }
}
