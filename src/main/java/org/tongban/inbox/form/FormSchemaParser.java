package org.tongban.inbox.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.tongban.inbox.form.FormComponent.DateSubtype;
import org.tongban.inbox.form.FormValidation.TextFormat;

/**
 * Reads form-js JSON into a {@link FormSchema}, refusing whatever Tongban would render differently from Camunda
 * Tasklist: unknown component types, FEEL expressions, conditions, templated text, dynamic options, nested paths.
 */
final class FormSchemaParser {

    static final String CAMUNDA_7_PLATFORM = "Camunda Platform";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** form-js allows dot paths ("a.b") that write nested objects; a process variable name is one word. */
    private static final Pattern KEY = Pattern.compile("\\w+");
    private static final Set<String> REQUIRED_MESSAGES = Set.of("form.error.required", "form.error.must-check");

    private FormSchemaParser() {
    }

    static FormSchema parse(String resourceName, InputStream json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFormException(resourceName, null, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read form " + resourceName, e);
        }
        return new Parse(resourceName).form(root);
    }

    /** One parse: remembers the keys seen so far. */
    private static final class Parse {

        private final String resourceName;
        private final Map<String, String> componentIdsByKey = new HashMap<>();

        Parse(String resourceName) {
            this.resourceName = resourceName;
        }

        FormSchema form(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fail(null, "the file is not a JSON object");
            }
            String type = text(root, "type");
            if (type != null && !type.equals("default")) {
                throw fail(null, "top-level type is '" + type + "', expected 'default'");
            }
            String platform = text(root, "executionPlatform");
            if (platform != null && !platform.equals(CAMUNDA_7_PLATFORM)) {
                throw fail(null, "made for '" + platform + "'; Tongban runs Camunda 7 forms (executionPlatform '"
                        + CAMUNDA_7_PLATFORM + "')");
            }
            String id = text(root, "id");
            if (id == null || id.isBlank()) {
                throw fail(null, "the form has no id");
            }
            JsonNode components = root.get("components");
            if (components == null || !components.isArray()) {
                throw fail(null, "the form has no components array");
            }
            FormSchema schema = new FormSchema(id, resourceName, components(components, "components"));
            checkMarkedFields(schema);
            return schema;
        }

        private List<FormComponent> components(JsonNode array, String path) {
            List<FormComponent> components = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                components.add(component(array.get(i), path + "[" + i + "]"));
            }
            return components;
        }

        private FormComponent component(JsonNode node, String path) {
            if (!node.isObject()) {
                throw fail(path, "a component must be a JSON object");
            }
            String id = text(node, "id") == null ? path : text(node, "id");
            rejectExpressions(node, id, "");
            String typeName = text(node, "type");
            if (typeName == null) {
                throw fail(id, "has no type");
            }
            FormComponentType type = FormComponentType.fromSchemaName(typeName).orElseThrow(() -> fail(id,
                    "unknown component type '" + typeName + "'; supported: " + Arrays.stream(FormComponentType.values())
                            .map(FormComponentType::schemaName).collect(Collectors.joining(", "))));
            JsonNode conditional = node.get("conditional");
            if (conditional != null && conditional.has("hide") && !conditional.get("hide").asText().isBlank()) {
                throw fail(id, "conditional logic (conditional.hide) is not supported: show the field always, "
                        + "or use another form for the other path");
            }
            List<FormComponent> children = List.of();
            if (type == FormComponentType.GROUP) {
                if (text(node, "path") != null && !text(node, "path").isBlank()) {
                    throw fail(id, "a group path (nested data) is not supported: leave the group's path empty");
                }
                JsonNode nested = node.get("components");
                children = nested == null || !nested.isArray() ? List.of() : components(nested, path + ".components");
            }
            String key = type.isInput() ? key(node, id) : null;
            String label = text(node, "label");
            if (type == FormComponentType.DATETIME && label == null) {
                label = text(node, "dateLabel") != null ? text(node, "dateLabel") : text(node, "timeLabel");
            }
            String text = null;
            if (type == FormComponentType.TEXT) {
                text = text(node, "text") == null ? "" : text(node, "text");
                if (text.contains("{{")) {
                    throw fail(id, "templating ({{ … }}) in text is not supported");
                }
            }
            DateSubtype subtype = type == FormComponentType.DATETIME ? subtype(node, id) : null;
            Integer decimalDigits = null;
            BigDecimal increment = null;
            if (type == FormComponentType.NUMBER) {
                decimalDigits = nonNegativeInteger(node.get("decimalDigits"), id, "decimalDigits");
                increment = number(node.get("increment"), id, "increment");
                if (increment != null && increment.signum() <= 0) {
                    throw fail(id, "increment must be greater than zero");
                }
                if (node.path("serializeToString").asBoolean(false)) {
                    throw fail(id, "serializeToString is not supported: numbers are stored as numbers");
                }
            }
            if (type == FormComponentType.DATETIME && node.path("disallowPassedDates").asBoolean(false)) {
                throw fail(id, "disallowPassedDates is not supported");
            }
            FormComponent component = new FormComponent(type, id, key, label, text(node, "description"),
                    type.isInput() ? validation(node.get("validate"), id) : FormValidation.NONE,
                    type.hasOptions() ? options(node, id) : List.of(), children, text,
                    null, flag(node, "readonly", id) || flag(node, "disabled", id), subtype, decimalDigits, increment,
                    properties(node.get("properties"), id), placement(node.get("layout"), id));
            Object defaultValue = type.isInput() ? defaultValue(node.get("defaultValue"), id) : null;
            if (defaultValue == null) {
                return component;
            }
            FieldRules.check(component, defaultValue)
                    .filter(error -> !REQUIRED_MESSAGES.contains(error.messageKey()))
                    .ifPresent(error -> {
                        throw fail(id, "defaultValue " + defaultValue + " breaks the field's own rules ("
                                + error.messageKey() + ")");
                    });
            return new FormComponent(type, id, key, component.label(), component.description(),
                    component.validation(), component.options(), children, text, defaultValue, component.readonly(),
                    subtype, decimalDigits, increment, component.properties(), component.placement());
        }

        private String key(JsonNode node, String id) {
            String key = text(node, "key");
            if (key == null || key.isBlank()) {
                throw fail(id, "an input needs a key (the process variable it fills)");
            }
            if (!KEY.matcher(key).matches()) {
                throw fail(id, "key '" + key + "' must be letters, digits and underscores (no dotted paths)");
            }
            String previous = componentIdsByKey.putIfAbsent(key, id);
            if (previous != null) {
                throw fail(id, "duplicate key '" + key + "', also used by component " + previous);
            }
            return key;
        }

        private FormValidation validation(JsonNode node, String id) {
            if (node == null || node.isNull()) {
                return FormValidation.NONE;
            }
            if (!node.isObject()) {
                throw fail(id, "validate must be an object");
            }
            boolean required = false;
            if (node.has("required") && !node.get("required").isNull()) {
                if (!node.get("required").isBoolean()) {
                    throw fail(id, "validate.required must be true or false");
                }
                required = node.get("required").booleanValue();
            }
            BigDecimal min = number(node.get("min"), id, "validate.min");
            BigDecimal max = number(node.get("max"), id, "validate.max");
            if (min != null && max != null && min.compareTo(max) > 0) {
                throw fail(id, "validate.min (" + min.toPlainString() + ") is greater than validate.max ("
                        + max.toPlainString() + ")");
            }
            Integer minLength = nonNegativeInteger(node.get("minLength"), id, "validate.minLength");
            Integer maxLength = nonNegativeInteger(node.get("maxLength"), id, "validate.maxLength");
            if (minLength != null && maxLength != null && minLength > maxLength) {
                throw fail(id, "validate.minLength (" + minLength + ") is greater than validate.maxLength ("
                        + maxLength + ")");
            }
            Pattern pattern = null;
            String regex = text(node, "pattern");
            if (regex != null && !regex.isEmpty()) {
                try {
                    pattern = Pattern.compile(regex);
                } catch (PatternSyntaxException e) {
                    throw fail(id, "validate.pattern '" + regex + "' is not a valid regular expression: "
                            + e.getDescription());
                }
            }
            return new FormValidation(required, min, max, minLength, maxLength, pattern,
                    textFormat(text(node, "validationType"), id));
        }

        private TextFormat textFormat(String validationType, String id) {
            if (validationType == null || validationType.isEmpty() || validationType.equals("custom")) {
                return null;
            }
            return switch (validationType) {
                case "email" -> TextFormat.EMAIL;
                case "phone" -> TextFormat.PHONE;
                default -> throw fail(id, "unknown validate.validationType '" + validationType + "'");
            };
        }

        private List<FormOption> options(JsonNode node, String id) {
            if (node.hasNonNull("valuesKey") || node.hasNonNull("valuesExpression")) {
                throw fail(id, "options from a variable (valuesKey/valuesExpression) are not supported: "
                        + "list the options in the form");
            }
            JsonNode values = node.get("values");
            if (values == null || !values.isArray() || values.isEmpty()) {
                throw fail(id, "has no options (values)");
            }
            Map<String, FormOption> options = new LinkedHashMap<>();
            for (JsonNode value : values) {
                if (!value.path("value").isTextual() || value.get("value").asText().isEmpty()) {
                    throw fail(id, "every option needs a non-empty text value");
                }
                FormOption option = new FormOption(text(value, "label"), value.get("value").asText());
                if (options.putIfAbsent(option.value(), option) != null) {
                    throw fail(id, "duplicate option value '" + option.value() + "'");
                }
            }
            return List.copyOf(options.values());
        }

        private DateSubtype subtype(JsonNode node, String id) {
            String subtype = text(node, "subtype");
            if (subtype == null) {
                return DateSubtype.DATE;
            }
            return switch (subtype) {
                case "date" -> DateSubtype.DATE;
                case "time" -> DateSubtype.TIME;
                case "datetime" -> DateSubtype.DATETIME;
                default -> throw fail(id, "unknown datetime subtype '" + subtype + "'");
            };
        }

        private boolean flag(JsonNode node, String name, String id) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return false;
            }
            if (!value.isBoolean()) {
                throw fail(id, name + " must be true or false");
            }
            return value.booleanValue();
        }

        private Map<String, String> properties(JsonNode node, String id) {
            if (node == null || node.isNull()) {
                return Map.of();
            }
            if (!node.isObject()) {
                throw fail(id, "properties must be an object");
            }
            Map<String, String> properties = new LinkedHashMap<>();
            node.properties().forEach(entry -> properties.put(entry.getKey(),
                    entry.getValue().isValueNode() ? entry.getValue().asText() : entry.getValue().toString()));
            return properties;
        }

        private Object defaultValue(JsonNode node, String id) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isTextual()) {
                return node.asText().isBlank() ? null : node.asText();
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isArray()) {
                List<String> values = new ArrayList<>();
                for (JsonNode element : node) {
                    if (!element.isTextual()) {
                        throw fail(id, "a list defaultValue may only hold option values (strings)");
                    }
                    values.add(element.asText());
                }
                return List.copyOf(values);
            }
            throw fail(id, "defaultValue must be a string, number, boolean or list");
        }

        private BigDecimal number(JsonNode node, String id, String name) {
            if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
                return null;
            }
            if (node.isNumber()) {
                return node.decimalValue();
            }
            return FieldValues.toNumber(node.isTextual() ? node.asText() : null)
                    .orElseThrow(() -> fail(id, name + " is not a number: " + node));
        }

        /** form-js {@code layout}: {@code row} groups components side by side, {@code columns} is 1–16 or null. */
        private FormComponent.Placement placement(JsonNode layout, String id) {
            if (layout == null || layout.isNull()) {
                return FormComponent.Placement.NONE;
            }
            String row = text(layout, "row");
            Integer columns = nonNegativeInteger(layout.get("columns"), id, "layout.columns");
            if (columns != null && (columns < 1 || columns > FormComponent.Placement.GRID_COLUMNS)) {
                throw fail(id, "layout.columns must be between 1 and " + FormComponent.Placement.GRID_COLUMNS);
            }
            return new FormComponent.Placement(row, columns);
        }

        private Integer nonNegativeInteger(JsonNode node, String id, String name) {
            BigDecimal number = number(node, id, name);
            if (number == null) {
                return null;
            }
            try {
                int value = number.intValueExact();
                if (value >= 0) {
                    return value;
                }
            } catch (ArithmeticException e) {
                // not a whole number or too large: reported below
            }
            throw fail(id, name + " must be a whole number, zero or more: " + number.toPlainString());
        }

        /** FEEL expressions start with "=" anywhere form-js accepts them; we evaluate none. */
        private void rejectExpressions(JsonNode node, String id, String path) {
            if (node.isTextual() && node.asText().startsWith("=")) {
                throw fail(id, "'" + path + "' is the FEEL expression '" + node.asText()
                        + "'; expressions are not supported, use a fixed value");
            }
            if (node.isObject()) {
                node.properties().forEach(entry -> {
                    if (!(path.isEmpty() && entry.getKey().equals("components"))) {
                        rejectExpressions(entry.getValue(), id, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
                    }
                });
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    rejectExpressions(node.get(i), id, path + "[" + i + "]");
                }
            }
        }

        private void checkMarkedFields(FormSchema schema) {
            checkMarked(schema, FormSchema.OUTCOME_PROPERTY, Set.of(FormComponentType.SELECT, FormComponentType.RADIO),
                    "its chosen option's label is the task's outcome");
            checkMarked(schema, FormSchema.COMMENT_PROPERTY,
                    Set.of(FormComponentType.TEXTFIELD, FormComponentType.TEXTAREA), "it holds free text");
        }

        private void checkMarked(FormSchema schema, String property, Set<FormComponentType> types, String why) {
            List<FormComponent> marked = schema.fields().stream().filter(field -> field.hasFlag(property)).toList();
            if (marked.size() > 1) {
                throw fail(marked.get(1).id(), "more than one field has the property " + property + "=true ("
                        + marked.stream().map(FormComponent::key).collect(Collectors.joining(", ")) + ")");
            }
            marked.stream().filter(field -> !types.contains(field.type())).findFirst().ifPresent(field -> {
                throw fail(field.id(), "the " + property + " field must be a " + types.stream()
                        .map(FormComponentType::schemaName).sorted().collect(Collectors.joining(" or ")) + ": " + why);
            });
        }

        private static String text(JsonNode node, String name) {
            JsonNode value = node.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        private InvalidFormException fail(String componentId, String problem) {
            return new InvalidFormException(resourceName, componentId, problem);
        }
    }
}
