package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The {@code validate} block of a form field. Limits that do not apply are {@code null}. {@code pattern} must match
 * the whole value (form-js tests for a match anywhere; forms written for it anchor with ^…$ anyway, and a partial
 * match is a trap for the next modeller).
 */
public record FormValidation(
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        TextFormat format) {

    /** No rule at all. */
    public static final FormValidation NONE = new FormValidation(false, null, null, null, null, null, null);

    /**
     * form-js's predefined {@code validationType}. Tongban reads "phone" as a mainland mobile number, which is what a
     * community counter asks for; landlines belong in a field with its own pattern.
     */
    public enum TextFormat {
        EMAIL("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$", "form.error.email"),
        PHONE("^1[3-9]\\d{9}$", "form.error.phone");

        private final Pattern pattern;
        private final String messageKey;

        TextFormat(String regex, String messageKey) {
            this.pattern = Pattern.compile(regex);
            this.messageKey = messageKey;
        }

        public Pattern pattern() {
            return pattern;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
