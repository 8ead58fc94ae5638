package org.tongban.inbox.form;

import java.math.BigDecimal;
import java.text.DateFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.InputField;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import org.tongban.base.Messages;
import org.tongban.inbox.form.FormComponent.DateSubtype;

/**
 * Builds the Vaadin components for a form, in schema order, one column: text field, text area, big-decimal field,
 * date/time/date-time picker, combo box (type to filter, which works with Chinese input), radio group, checkbox,
 * checkbox group, a fieldset per group and sanitised markdown for text (Vaadin's Markdown drops raw HTML). Field
 * messages come from {@link FormValidator}'s rules, translated into the UI's language.
 */
@org.springframework.stereotype.Component
public class VaadinFormRenderer {

    private final Messages messages;
    private final FormValidator validator;

    public VaadinFormRenderer(Messages messages, FormValidator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /**
     * @param initialValues form values to show (e.g. {@link FormValues#fromVariables}); an editable field without one
     *        shows the form's default value
     * @param readOnly for completed tasks and history: every input is read-only and {@code submit()} is refused
     */
    public RenderedForm render(FormSchema schema, Map<String, ?> initialValues, boolean readOnly) {
        Locale locale = UI.getCurrent() == null ? Messages.DEFAULT_LOCALE : UI.getCurrent().getLocale();
        RenderedForm form = new RenderedForm(schema, readOnly, validator,
                error -> messages.get(locale, error.messageKey(), error.arguments().toArray()));
        new Build(form, initialValues == null ? Map.of() : initialValues, readOnly, locale)
                .into(form::add, schema.components());
        if (!readOnly) {
            form.focusFirstField();
        }
        return form;
    }

    /** One rendering: where the components go and what they show. */
    private final class Build {

        private final RenderedForm form;
        private final Map<String, ?> initialValues;
        private final boolean readOnly;
        private final Locale locale;

        Build(RenderedForm form, Map<String, ?> initialValues, boolean readOnly, Locale locale) {
            this.form = form;
            this.initialValues = initialValues;
            this.readOnly = readOnly;
            this.locale = locale;
        }

        void into(Consumer<Component> target, List<FormComponent> components) {
            FormLayout layout = new FormLayout();
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            for (List<FormComponent> row : rows(components)) {
                List<Component> rendered = new ArrayList<>();
                List<FormComponent> placed = new ArrayList<>();
                for (FormComponent component : row) {
                    Component one = render(component);
                    if (one != null) {
                        rendered.add(one);
                        placed.add(component);
                    }
                }
                if (rendered.size() == 1) {
                    layout.add(rendered.get(0));
                } else if (!rendered.isEmpty()) {
                    layout.add(sideBySide(rendered, placed));
                }
            }
            target.accept(layout);
        }

        /** Consecutive components of the same form-js row, in order; a component without a row is a row of its own. */
        private List<List<FormComponent>> rows(List<FormComponent> components) {
            List<List<FormComponent>> rows = new ArrayList<>();
            String currentRow = null;
            for (FormComponent component : components) {
                String row = component.placement().row();
                if (row == null || !row.equals(currentRow) || rows.isEmpty()) {
                    rows.add(new ArrayList<>());
                }
                rows.get(rows.size() - 1).add(component);
                currentRow = row;
            }
            return rows;
        }

        /**
         * A row as the Modeler drew it: widths in sixteenths, components without a width sharing what is left. On a
         * narrow screen the row wraps rather than squeezing the fields.
         */
        private Component sideBySide(List<Component> rendered, List<FormComponent> placed) {
            int fixed = placed.stream().map(component -> component.placement().columns()).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).sum();
            long auto = placed.stream().filter(component -> component.placement().columns() == null).count();
            int share = auto == 0 ? 0 : Math.max(1, (int) ((FormComponent.Placement.GRID_COLUMNS - fixed) / auto));
            FlexLayout row = new FlexLayout();
            row.addClassName("tongban-form-row");
            row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            row.getStyle().set("gap", "0 var(--lumo-space-m)");
            for (int i = 0; i < rendered.size(); i++) {
                Integer columns = placed.get(i).placement().columns();
                Component cell = rendered.get(i);
                row.add(cell);
                row.setFlexGrow(columns == null ? share : columns, cell);
                cell.getElement().getStyle().set("flex-basis", "0").set("min-width", "12em");
            }
            return row;
        }

        private Component render(FormComponent component) {
            return switch (component.type()) {
                case GROUP -> group(component);
                case TEXT -> text(component);
                case SEPARATOR -> new Hr();
                case SPACER, BUTTON -> null;
                default -> input(component);
            };
        }

        private Component group(FormComponent group) {
            FieldSet fieldSet = new FieldSet(group.label() == null ? "" : group.label());
            fieldSet.addClassName("tongban-form-group");
            into(fieldSet::add, group.children());
            return fieldSet;
        }

        private Component text(FormComponent text) {
            Markdown markdown = new Markdown(text.text());
            markdown.addClassName("tongban-form-text");
            return markdown;
        }

        private Component input(FormComponent field) {
            FieldInput<?> input = switch (field.type()) {
                case TEXTFIELD -> textInput(field, new TextField());
                case TEXTAREA -> textInput(field, new TextArea());
                case NUMBER -> numberInput(field);
                case DATETIME -> dateTimeInput(field);
                case SELECT -> selectInput(field);
                case RADIO -> radioInput(field);
                case CHECKBOX -> checkboxInput(field);
                case CHECKLIST -> checklistInput(field);
                default -> throw new IllegalArgumentException("Not an input: " + field.type());
            };
            AbstractField<?, ?> component = input.component();
            component.setId("form-" + field.key());
            ((InputField<?, ?>) component).setLabel(field.label());
            if (field.description() != null && !field.description().isBlank()) {
                ((InputField<?, ?>) component).setHelperText(field.description());
            }
            boolean editable = field.isEditable() && !readOnly;
            component.setRequiredIndicatorVisible(editable && field.isRequired());
            component.setReadOnly(!editable);
            boolean hasInitialValue = initialValues.containsKey(field.key());
            input.show(hasInitialValue || readOnly ? initialValues.get(field.key()) : field.defaultValue());
            form.register(input);
            return component;
        }

        private FieldInput<String> textInput(FormComponent field, AbstractField<?, String> component) {
            if (component instanceof TextField textField) {
                textField.setManualValidation(true);
            } else {
                ((TextArea) component).setManualValidation(true);
            }
            return new FieldInput<>(field, component, text -> text.isEmpty() ? null : text,
                    value -> value instanceof String || value instanceof Number ? value.toString() : null);
        }

        private FieldInput<BigDecimal> numberInput(FormComponent field) {
            BigDecimalField number = new BigDecimalField();
            number.setManualValidation(true);
            number.setLocale(locale);
            return new FieldInput<>(field, number, value -> value,
                    value -> FieldValues.toNumber(value).orElse(null));
        }

        private FieldInput<?> dateTimeInput(FormComponent field) {
            DateSubtype subtype = field.subtype();
            return switch (subtype) {
                case DATE -> {
                    DatePicker picker = new DatePicker();
                    picker.setManualValidation(true);
                    picker.setLocale(locale);
                    picker.setI18n(datePickerI18n());
                    yield new FieldInput<>(field, picker, date -> date == null ? null : FieldValues.format(subtype, date),
                            value -> temporal(subtype, value, LocalDate.class));
                }
                case TIME -> {
                    TimePicker picker = new TimePicker();
                    picker.setManualValidation(true);
                    picker.setLocale(locale);
                    yield new FieldInput<>(field, picker,
                            time -> time == null ? null : FieldValues.format(subtype, time.truncatedTo(ChronoUnit.MINUTES)),
                            value -> temporal(subtype, value, LocalTime.class));
                }
                case DATETIME -> {
                    DateTimePicker picker = new DateTimePicker();
                    picker.setManualValidation(true);
                    picker.setLocale(locale);
                    picker.setDatePickerI18n(datePickerI18n());
                    yield new FieldInput<>(field, picker,
                            dateTime -> dateTime == null ? null
                                    : FieldValues.format(subtype, dateTime.truncatedTo(ChronoUnit.MINUTES)),
                            value -> temporal(subtype, value, LocalDateTime.class));
                }
            };
        }

        private <T> T temporal(DateSubtype subtype, Object value, Class<T> type) {
            return value instanceof String text
                    ? FieldValues.toTemporal(subtype, text).map(type::cast).orElse(null)
                    : null;
        }

        private FieldInput<String> selectInput(FormComponent field) {
            ComboBox<String> select = new ComboBox<>();
            select.setManualValidation(true);
            select.setItems(optionValues(field));
            select.setItemLabelGenerator(value -> optionLabel(field, value));
            return new FieldInput<>(field, select, value -> value, value -> offered(field, value));
        }

        private FieldInput<String> radioInput(FormComponent field) {
            RadioButtonGroup<String> radio = new RadioButtonGroup<>();
            radio.setManualValidation(true);
            radio.setItems(optionValues(field));
            radio.setItemLabelGenerator(value -> optionLabel(field, value));
            return new FieldInput<>(field, radio, value -> value, value -> offered(field, value));
        }

        private FieldInput<Boolean> checkboxInput(FormComponent field) {
            Checkbox checkbox = new Checkbox();
            checkbox.setManualValidation(true);
            return new FieldInput<>(field, checkbox, Boolean.TRUE::equals, Boolean.TRUE::equals);
        }

        private FieldInput<Set<String>> checklistInput(FormComponent field) {
            CheckboxGroup<String> checklist = new CheckboxGroup<>();
            checklist.setManualValidation(true);
            checklist.setItems(optionValues(field));
            checklist.setItemLabelGenerator(value -> optionLabel(field, value));
            return new FieldInput<>(field, checklist,
                    // In the form's option order, whatever order they were ticked in.
                    chosen -> optionValues(field).stream().filter(chosen::contains).toList(),
                    value -> FieldValues.toStringList(value).map(values -> {
                        Set<String> offered = new LinkedHashSet<>(values);
                        offered.retainAll(optionValues(field));
                        return offered;
                    }).orElse(null));
        }

        private List<String> optionValues(FormComponent field) {
            return field.options().stream().map(FormOption::value).toList();
        }

        private String optionLabel(FormComponent field, String value) {
            return field.option(value).map(FormOption::label).orElse(value);
        }

        private String offered(FormComponent field, Object value) {
            return value instanceof String choice && field.option(choice).isPresent() ? choice : null;
        }

        /** Chinese month and day names from the JDK, ISO dates, weeks from Monday as on Chinese calendars. */
        private DatePicker.DatePickerI18n datePickerI18n() {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            return new DatePicker.DatePickerI18n()
                    .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                    .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                    .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                    .setFirstDayOfWeek(1)
                    .setDateFormat("yyyy-MM-dd")
                    .setToday(messages.get(locale, "form.date-picker.today"))
                    .setCancel(messages.get(locale, "form.date-picker.cancel"));
        }
    }
}
