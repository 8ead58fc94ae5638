package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import org.tongban.base.Messages;

/**
 * Converts between form values and Camunda process variables, reading and writing only the keys the form declares.
 * The variables are those Camunda Tasklist's own form-js would write, so either can open a task the other saved:
 * text, select, radio and datetime as strings; checkbox as a boolean; checklist as a JSON array (Spin); a number as
 * a {@code Long} when it is whole and fits, otherwise a {@code Double} (form-js keeps one JavaScript number type;
 * Camunda stores what the JSON number looks like).
 */
@Component
public class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Object>> LIST = new TypeReference<>() {
    };

    private final Messages messages;

    public FormValues(Messages messages) {
        this.messages = messages;
    }

    /**
     * The variables to complete a task with, from values {@link FormValidator} accepted. Keys absent from
     * {@code values} are left alone; a key present but empty clears its variable (a checklist becomes {@code []},
     * a checkbox {@code false}).
     *
     * @throws IllegalArgumentException for a key the form does not declare, a read-only field or an invalid value:
     *         validate first
     */
    public VariableMap toVariables(FormSchema schema, Map<String, ?> values) {
        VariableMap variables = Variables.createVariables();
        values.forEach((key, value) -> {
            FormComponent field = schema.field(key).orElseThrow(() -> new IllegalArgumentException(
                    "Form " + schema.resourceName() + " has no field " + key));
            if (!field.isEditable()) {
                throw new IllegalArgumentException("Field " + key + " of " + schema.resourceName() + " is read-only");
            }
            FieldRules.check(field, value).ifPresent(error -> {
                throw new IllegalArgumentException("Field " + key + " of " + schema.resourceName() + " has an invalid"
                        + " value (" + error.messageKey() + "): validate before converting");
            });
            if (field.type() == FormComponentType.CHECKLIST) {
                variables.putValueTyped(key, checklistVariable(value));
            } else {
                variables.putValue(key, variable(field, value));
            }
        });
        return variables;
    }

    /**
     * The form values to prefill a form with, from process variables: only the form's keys that have a variable of a
     * usable type. Accepts what Camunda hands out (plain values, typed values, Spin JSON for checklists) and what
     * Tasklist may have written (numbers of any type, numeric strings).
     */
    public Map<String, Object> fromVariables(FormSchema schema, Map<String, ?> processVariables) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormComponent field : schema.fields()) {
            if (processVariables.containsKey(field.key())) {
                Object value = formValue(field, processVariables.get(field.key()));
                if (value != null) {
                    values.put(field.key(), value);
                }
            }
        }
        return values;
    }

    /**
     * What a field shows for a value in history and lists: the option label for select, radio and checklist (joined
     * with 、), 是/否 for a checkbox, the date-time with a space instead of the T. Accepts form values and raw
     * variables alike; empty text for no value.
     */
    public String displayText(FormComponent field, Object value, Locale locale) {
        Object formValue = formValue(field, value);
        if (formValue == null) {
            return "";
        }
        return switch (field.type()) {
            case SELECT, RADIO -> optionLabel(field, (String) formValue);
            case CHECKLIST -> ((List<?>) formValue).stream().map(choice -> optionLabel(field, (String) choice))
                    .collect(Collectors.joining(messages.get(locale, "form.display.list-separator")));
            case CHECKBOX -> messages.get(locale, Boolean.TRUE.equals(formValue) ? "common.yes" : "common.no");
            case NUMBER -> ((BigDecimal) formValue).stripTrailingZeros().toPlainString();
            case DATETIME -> ((String) formValue).replace('T', ' ');
            default -> formValue.toString();
        };
    }

    private static String optionLabel(FormComponent field, String value) {
        return field.option(value).map(FormOption::label).orElse(value);
    }

    private static Object variable(FormComponent field, Object value) {
        if (field.type() == FormComponentType.CHECKBOX) {
            return Boolean.TRUE.equals(value);
        }
        if (FieldValues.isMissing(value)) {
            return null;
        }
        if (field.type() == FormComponentType.NUMBER) {
            return numberVariable(FieldValues.toNumber(value).orElseThrow());
        }
        return value;
    }

    static Number numberVariable(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.toBigInteger().bitLength() < Long.SIZE) {
            return stripped.longValueExact();
        }
        return number.doubleValue();
    }

    private static JsonValue checklistVariable(Object value) {
        List<String> choices = value == null ? List.of() : FieldValues.toStringList(value).orElseThrow();
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(choices)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of strings always serialises", e);
        }
    }

    /** One variable (or form value) in form value shape, or {@code null} when it does not fit the field. */
    private static Object formValue(FormComponent field, Object raw) {
        Object value = raw instanceof TypedValue typed && !(raw instanceof JsonValue) ? typed.getValue() : raw;
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA, SELECT, RADIO -> value instanceof String || value instanceof Number
                    || value instanceof Boolean ? value.toString() : null;
            case NUMBER -> FieldValues.toNumber(value).orElse(null);
            case CHECKBOX -> booleanValue(value);
            case DATETIME -> dateTimeValue(field, value);
            case CHECKLIST -> checklistValue(value);
            case GROUP, TEXT, SEPARATOR, SPACER, BUTTON -> null;
        };
    }

    private static Boolean booleanValue(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        if (value instanceof String text && (text.equals("true") || text.equals("false"))) {
            return Boolean.valueOf(text);
        }
        return null;
    }

    private static String dateTimeValue(FormComponent field, Object value) {
        if (value instanceof String text) {
            return text;
        }
        boolean fits = switch (field.subtype()) {
            case DATE -> value instanceof LocalDate;
            case TIME -> value instanceof LocalTime;
            case DATETIME -> value instanceof LocalDateTime;
        };
        return fits ? FieldValues.format(field.subtype(), (TemporalAccessor) value) : null;
    }

    private static List<String> checklistValue(Object value) {
        if (value instanceof JsonValue json) {
            String serialized = json.getValueSerialized();
            return serialized != null ? checklistValue(serialized) : checklistValue(json.getValue());
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                return null;
            }
            List<String> choices = new ArrayList<>();
            for (SpinJsonNode element : node.elements()) {
                choices.add(Boolean.TRUE.equals(element.isString()) ? element.stringValue() : element.toString());
            }
            return List.copyOf(choices);
        }
        if (value instanceof String text) {
            try {
                return checklistValue(JSON.readValue(text, LIST));
            } catch (JsonProcessingException e) {
                return null;
            }
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return null;
    }
}
