package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One component of a form, as parsed from its form-js JSON. Only inputs have a {@code key}; only groups have
 * {@code children}; only {@code text} components have {@code text} (markdown). {@code readonly} is form-js's
 * {@code readonly} or {@code disabled}: either way the user cannot change the value.
 *
 * @param defaultValue in form value shape (see the package description), {@code null} when there is none
 * @param subtype for {@code datetime} only, otherwise {@code null}
 * @param decimalDigits for {@code number}: the most digits after the point; {@code null} allows any (as form-js)
 * @param increment for {@code number}: the value must be a whole multiple of it; {@code null} when not set
 * @param properties the custom properties set in the Modeler, e.g. {@code outcome} and {@code comment}
 * @param placement the Modeler's row and width (form-js {@code layout}); components sharing a row sit side by side
 */
public record FormComponent(
        FormComponentType type,
        String id,
        String key,
        String label,
        String description,
        FormValidation validation,
        List<FormOption> options,
        List<FormComponent> children,
        String text,
        Object defaultValue,
        boolean readonly,
        DateSubtype subtype,
        Integer decimalDigits,
        BigDecimal increment,
        Map<String, String> properties,
        Placement placement) {

    /** form-js's grid: a row id and a width in sixteenths, {@code columns} null meaning an equal share of the rest. */
    public record Placement(String row, Integer columns) {

        public static final int GRID_COLUMNS = 16;
        public static final Placement NONE = new Placement(null, null);
    }

    /** Which picker a {@code datetime} field shows, and the string form of its value. */
    public enum DateSubtype {
        /** {@code yyyy-MM-dd} */
        DATE,
        /** {@code HH:mm}, 24-hour, no zone */
        TIME,
        /** {@code yyyy-MM-dd'T'HH:mm}, no zone: Tongban reckons local time in its configured zone */
        DATETIME
    }

    public FormComponent {
        Objects.requireNonNull(type, "type");
        validation = validation == null ? FormValidation.NONE : validation;
        options = options == null ? List.of() : List.copyOf(options);
        children = children == null ? List.of() : List.copyOf(children);
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        placement = placement == null ? Placement.NONE : placement;
    }

    public boolean isInput() {
        return type.isInput();
    }

    /** An input the user may fill in (not read-only or disabled in the form). */
    public boolean isEditable() {
        return type.isInput() && !readonly;
    }

    public boolean isRequired() {
        return validation.required();
    }

    /** The label, or the key when the modeller left the label empty: messages always name the field somehow. */
    public String displayLabel() {
        if (label != null && !label.isBlank()) {
            return label;
        }
        return key != null ? key : id;
    }

    public Optional<FormOption> option(String value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    public Optional<String> property(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    /** A custom property set to {@code "true"}, as the Modeler writes flags. */
    public boolean hasFlag(String name) {
        return property(name).map(value -> value.trim().equalsIgnoreCase("true")).orElse(false);
    }
}
