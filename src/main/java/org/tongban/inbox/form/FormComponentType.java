package org.tongban.inbox.form;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The form-js component types Tongban renders. Inputs carry a {@code key} bound to a process variable; the others
 * only arrange or explain. {@code button}, {@code separator} and {@code spacer} are what the Camunda Modeler offers
 * for layout: they are accepted, and a button does nothing because the inbox view owns the task's buttons.
 */
public enum FormComponentType {

    TEXTFIELD(Kind.INPUT),
    TEXTAREA(Kind.INPUT),
    NUMBER(Kind.INPUT),
    DATETIME(Kind.INPUT),
    SELECT(Kind.INPUT),
    RADIO(Kind.INPUT),
    CHECKBOX(Kind.INPUT),
    CHECKLIST(Kind.INPUT),
    GROUP(Kind.CONTAINER),
    TEXT(Kind.PRESENTATION),
    SEPARATOR(Kind.PRESENTATION),
    SPACER(Kind.PRESENTATION),
    BUTTON(Kind.PRESENTATION);

    private enum Kind { INPUT, CONTAINER, PRESENTATION }

    private final Kind kind;

    FormComponentType(Kind kind) {
        this.kind = kind;
    }

    /** The type as written in a form file, e.g. {@code "textfield"}. */
    public String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Binds a value to a key: what a user fills in and a process variable holds. */
    public boolean isInput() {
        return kind == Kind.INPUT;
    }

    public boolean isContainer() {
        return kind == Kind.CONTAINER;
    }

    /** Has a fixed list of options ({@code values} in the form file). */
    public boolean hasOptions() {
        return this == SELECT || this == RADIO || this == CHECKLIST;
    }

    /** Holds free text, so length, pattern and e-mail/phone rules apply. */
    public boolean isText() {
        return this == TEXTFIELD || this == TEXTAREA;
    }

    static Optional<FormComponentType> fromSchemaName(String name) {
        return Arrays.stream(values()).filter(type -> type.schemaName().equals(name)).findFirst();
    }
}
