package org.tongban.base;

import java.util.Arrays;

/**
 * A refusal the user can understand: carries an i18n message key and its arguments rather than a sentence, so the
 * UI and the REST API each render it in the caller's language. The {@link Kind} decides the HTTP status.
 */
public class BusinessException extends RuntimeException {

    /** What went wrong, from the caller's point of view. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(Kind kind, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public static BusinessException invalid(String messageKey, Object... arguments) {
        return new BusinessException(Kind.INVALID, messageKey, arguments);
    }

    public static BusinessException notFound(String messageKey, Object... arguments) {
        return new BusinessException(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static BusinessException forbidden(String messageKey, Object... arguments) {
        return new BusinessException(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static BusinessException conflict(String messageKey, Object... arguments) {
        return new BusinessException(Kind.CONFLICT, messageKey, arguments);
    }

    /**
     * The refusal inside {@code failure}, when there is one: the process engine wraps what a step's expression throws
     * in its own exceptions, and the user should see the refusal, not the wrapping. Otherwise {@code failure} itself.
     */
    public static RuntimeException unwrap(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BusinessException refusal) {
                return refusal;
            }
        }
        return failure;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
