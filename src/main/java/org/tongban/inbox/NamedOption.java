package org.tongban.inbox;

/** A value with its label, for filter choices (processes, the user's units). */
public record NamedOption(String value, String label) {
}
