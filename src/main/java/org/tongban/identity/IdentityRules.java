package org.tongban.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.tongban.base.BusinessException;

/**
 * The validation rules of organisation administration, in one place: the services refuse with them and the admin
 * screens show the same messages next to the field before anything is sent. Each check returns the problem, if any,
 * as a message key with arguments.
 */
public final class IdentityRules {

    public static final Pattern UNIT_CODE = Pattern.compile("^[A-Z][A-Z0-9-]{1,19}$");
    public static final Pattern USERNAME = Pattern.compile("^[a-z][a-z0-9._-]{2,31}$");
    public static final Pattern ROLE_CODE = Pattern.compile("^[a-z][a-z0-9-]{1,31}$");
    /** Mainland China mobile numbers. */
    public static final Pattern MOBILE_PHONE = Pattern.compile("^1[3-9]\\d{9}$");

    public static final int UNIT_NAME_MIN = 2;
    public static final int UNIT_NAME_MAX = 60;
    public static final int DISPLAY_NAME_MIN = 2;
    public static final int DISPLAY_NAME_MAX = 40;
    public static final int ROLE_NAME_ZH_MAX = 50;
    public static final int ROLE_NAME_EN_MAX = 80;
    public static final int PASSWORD_MIN = 8;
    /** BCrypt reads at most 72 bytes; a shorter cap keeps every accepted password fully significant. */
    public static final int PASSWORD_MAX = 64;

    private IdentityRules() {
    }

    /** A broken rule: message key and arguments for the bundle. */
    public record Violation(String messageKey, List<Object> arguments) {

        Violation(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }

        public BusinessException toException() {
            return BusinessException.invalid(messageKey, arguments.toArray());
        }
    }

    /** Trims, and turns blank into null. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static Optional<Violation> unitCode(String code) {
        return matches(code, UNIT_CODE, "admin.org-unit.error.code-format");
    }

    public static Optional<Violation> unitName(String name) {
        return text(name, UNIT_NAME_MIN, UNIT_NAME_MAX);
    }

    public static Optional<Violation> username(String username) {
        return matches(username, USERNAME, "admin.staff.error.username-format");
    }

    public static Optional<Violation> displayName(String name) {
        return text(name, DISPLAY_NAME_MIN, DISPLAY_NAME_MAX);
    }

    /** Optional: blank is fine; anything else must be a mainland mobile number. */
    public static Optional<Violation> phone(String phone) {
        String value = clean(phone);
        if (value == null || MOBILE_PHONE.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Violation("admin.staff.error.phone-format"));
    }

    /** At least {@value #PASSWORD_MIN} characters with letters and digits, and not the user name. */
    public static Optional<Violation> password(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Violation("admin.validation.required"));
        }
        if (password.length() < PASSWORD_MIN) {
            return Optional.of(new Violation("admin.password.error.too-short", PASSWORD_MIN));
        }
        if (password.length() > PASSWORD_MAX) {
            return Optional.of(new Violation("admin.password.error.too-long", PASSWORD_MAX));
        }
        boolean letter = password.chars().anyMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
        boolean digit = password.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!letter || !digit) {
            return Optional.of(new Violation("admin.password.error.letters-and-digits"));
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return Optional.of(new Violation("admin.password.error.equals-username"));
        }
        return Optional.empty();
    }

    public static Optional<Violation> roleCode(String code) {
        return matches(code, ROLE_CODE, "admin.role.error.code-format");
    }

    public static Optional<Violation> roleNameZh(String name) {
        return text(name, 2, ROLE_NAME_ZH_MAX);
    }

    public static Optional<Violation> roleNameEn(String name) {
        return text(name, 2, ROLE_NAME_EN_MAX);
    }

    /** {@code 13800000001} → {@code 138****0001}: lists show no full phone numbers. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }

    /** The first violation of several checks, or none. */
    @SafeVarargs
    public static Optional<Violation> first(Optional<Violation>... checks) {
        for (Optional<Violation> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    /** Refuses with the first violation of several checks, if any. */
    @SafeVarargs
    public static void require(Optional<Violation>... checks) {
        first(checks).ifPresent(violation -> {
            throw violation.toException();
        });
    }

    private static Optional<Violation> matches(String value, Pattern pattern, String messageKey) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return Optional.of(new Violation("admin.validation.required"));
        }
        return pattern.matcher(cleaned).matches() ? Optional.empty() : Optional.of(new Violation(messageKey));
    }

    private static Optional<Violation> text(String value, int min, int max) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return Optional.of(new Violation("admin.validation.required"));
        }
        if (cleaned.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of(new Violation("admin.validation.control-characters"));
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (length < min || length > max) {
            return Optional.of(new Violation("admin.validation.length", min, max));
        }
        return Optional.empty();
    }
}
