package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.tongban.inbox.form.FormValidation.TextFormat;

/**
 * The rules of one field, applied to one raw value: the single source of truth for {@link FormValidator}, the
 * renderer's field messages and the parser's check of default values. Returns the first broken rule only, which is
 * what a field can show.
 */
final class FieldRules {

    private FieldRules() {
    }

    static Optional<FieldError> check(FormComponent field, Object value) {
        return Optional.ofNullable(switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> checkText(field, value);
            case NUMBER -> checkNumber(field, value);
            case DATETIME -> checkDateTime(field, value);
            case SELECT, RADIO -> checkChoice(field, value);
            case CHECKBOX -> checkCheckbox(field, value);
            case CHECKLIST -> checkChecklist(field, value);
            case GROUP, TEXT, SEPARATOR, SPACER, BUTTON -> null;
        });
    }

    private static FieldError checkText(FormComponent field, Object value) {
        if (value != null && !(value instanceof String)) {
            return FieldError.of(field, "form.error.type");
        }
        if (FieldValues.isMissing(value)) {
            return missing(field);
        }
        String text = (String) value;
        FormValidation rules = field.validation();
        // Code points, so 社区 counts two whatever the encoding; surrounding blanks do not count (as in form-js).
        int length = text.strip().codePointCount(0, text.strip().length());
        if (rules.minLength() != null && length < rules.minLength()) {
            return FieldError.of(field, "form.error.min-length", rules.minLength().toString());
        }
        if (rules.maxLength() != null && length > rules.maxLength()) {
            return FieldError.of(field, "form.error.max-length", rules.maxLength().toString());
        }
        TextFormat format = rules.format();
        if (format != null && !format.pattern().matcher(text).matches()) {
            return FieldError.of(field, format.messageKey());
        }
        if (rules.pattern() != null && !rules.pattern().matcher(text).matches()) {
            return FieldError.of(field, "form.error.pattern");
        }
        return null;
    }

    private static FieldError checkNumber(FormComponent field, Object value) {
        if (FieldValues.isMissing(value)) {
            return missing(field);
        }
        Optional<BigDecimal> parsed = FieldValues.toNumber(value);
        if (parsed.isEmpty()) {
            return FieldError.of(field, "form.error.number");
        }
        BigDecimal number = parsed.get();
        Integer decimalDigits = field.decimalDigits();
        if (decimalDigits != null && Math.max(0, number.stripTrailingZeros().scale()) > decimalDigits) {
            return decimalDigits == 0
                    ? FieldError.of(field, "form.error.integer")
                    : FieldError.of(field, "form.error.decimal-digits", decimalDigits.toString());
        }
        FormValidation rules = field.validation();
        if (rules.min() != null && number.compareTo(rules.min()) < 0) {
            return FieldError.of(field, "form.error.min", rules.min().toPlainString());
        }
        if (rules.max() != null && number.compareTo(rules.max()) > 0) {
            return FieldError.of(field, "form.error.max", rules.max().toPlainString());
        }
        if (field.increment() != null && number.remainder(field.increment()).signum() != 0) {
            return FieldError.of(field, "form.error.increment", field.increment().toPlainString());
        }
        return null;
    }

    private static FieldError checkDateTime(FormComponent field, Object value) {
        if (value != null && !(value instanceof String)) {
            return FieldError.of(field, "form.error.type");
        }
        if (FieldValues.isMissing(value)) {
            return missing(field);
        }
        if (FieldValues.toTemporal(field.subtype(), (String) value).isEmpty()) {
            return FieldError.of(field, switch (field.subtype()) {
                case DATE -> "form.error.date";
                case TIME -> "form.error.time";
                case DATETIME -> "form.error.datetime";
            });
        }
        return null;
    }

    private static FieldError checkChoice(FormComponent field, Object value) {
        if (FieldValues.isMissing(value)) {
            return missing(field);
        }
        if (!(value instanceof String choice) || field.option(choice).isEmpty()) {
            return FieldError.of(field, "form.error.option");
        }
        return null;
    }

    private static FieldError checkCheckbox(FormComponent field, Object value) {
        if (value != null && !(value instanceof Boolean)) {
            return FieldError.of(field, "form.error.type");
        }
        if (field.isRequired() && !Boolean.TRUE.equals(value)) {
            return FieldError.of(field, "form.error.must-check");
        }
        return null;
    }

    private static FieldError checkChecklist(FormComponent field, Object value) {
        if (value == null) {
            return missing(field);
        }
        Optional<List<String>> choices = FieldValues.toStringList(value);
        if (choices.isEmpty()) {
            return FieldError.of(field, "form.error.type");
        }
        if (choices.get().isEmpty()) {
            return missing(field);
        }
        if (!choices.get().stream().allMatch(choice -> field.option(choice).isPresent())) {
            return FieldError.of(field, "form.error.option");
        }
        return null;
    }

    private static FieldError missing(FormComponent field) {
        return field.isRequired() ? FieldError.of(field, "form.error.required") : null;
    }
}
