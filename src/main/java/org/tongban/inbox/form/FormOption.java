package org.tongban.inbox.form;

import java.util.Objects;

/** One choice of a select, radio group or checklist: the stored {@code value} and the {@code label} people read. */
public record FormOption(String label, String value) {

    public FormOption {
        Objects.requireNonNull(value, "value");
        label = label == null || label.isBlank() ? value : label;
    }
}
