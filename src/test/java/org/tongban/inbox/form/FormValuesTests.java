package org.tongban.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.inbox.form.FormTestSupport.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;

class FormValuesTests {

    private static final FormSchema SCHEMA = form("""
            {"type": "textfield", "id": "f1", "key": "name", "label": "姓名"},
            {"type": "textarea", "id": "f2", "key": "opinion", "label": "意见"},
            {"type": "number", "id": "f3", "key": "household", "label": "家庭人口"},
            {"type": "number", "id": "f4", "key": "income", "label": "月收入"},
            {"type": "datetime", "id": "f5", "key": "birthDate", "subtype": "date", "dateLabel": "出生日期"},
            {"type": "datetime", "id": "f6", "key": "appointment", "subtype": "time", "timeLabel": "预约时间"},
            {"type": "datetime", "id": "f7", "key": "acceptedAt", "subtype": "datetime", "dateLabel": "受理时间"},
            {"type": "select", "id": "f8", "key": "channel", "label": "办理渠道",
             "values": [{"label": "窗口", "value": "counter"}, {"label": "网上", "value": "online"}]},
            {"type": "radio", "id": "f9", "key": "decision", "label": "审核结果",
             "values": [{"label": "同意", "value": "approve"}, {"label": "退回", "value": "return"}]},
            {"type": "checkbox", "id": "f10", "key": "urgent", "label": "加急"},
            {"type": "group", "id": "g1", "components": [
              {"type": "checklist", "id": "f11", "key": "materials", "label": "已收材料",
               "values": [{"label": "户口簿", "value": "hukou"}, {"label": "结婚证", "value": "marriage"}]},
              {"type": "textfield", "id": "f12", "key": "contact", "label": "联系人", "readonly": true}
            ]}""");

    private final FormValues formValues = new FormValues(FormTestSupport.messages());

    private static Map<String, Object> submission() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "张三");
        values.put("opinion", "材料齐全，同意受理");
        values.put("household", 3);
        values.put("income", "5200.50");
        values.put("birthDate", "1990-05-01");
        values.put("appointment", "09:30");
        values.put("acceptedAt", "2025-03-01T14:05");
        values.put("channel", "counter");
        values.put("decision", "approve");
        values.put("urgent", true);
        values.put("materials", List.of("hukou", "marriage"));
        return values;
    }

    @Test
    void writesTheVariablesCamundaTasklistWouldWrite() {
        VariableMap variables = formValues.toVariables(SCHEMA, submission());

        assertThat(variables.get("name")).isEqualTo("张三");
        assertThat(variables.get("household")).isEqualTo(3L);
        assertThat(variables.get("income")).isEqualTo(5200.5d);
        assertThat(variables.get("birthDate")).isEqualTo("1990-05-01");
        assertThat(variables.get("appointment")).isEqualTo("09:30");
        assertThat(variables.get("acceptedAt")).isEqualTo("2025-03-01T14:05");
        assertThat(variables.get("channel")).isEqualTo("counter");
        assertThat(variables.get("decision")).isEqualTo("approve");
        assertThat(variables.get("urgent")).isEqualTo(true);
        TypedValue materials = variables.getValueTyped("materials");
        assertThat(materials).isInstanceOfSatisfying(JsonValue.class,
                json -> assertThat(json.getValueSerialized()).isEqualTo("[\"hukou\",\"marriage\"]"));
        assertThat((Map<String, Object>) variables).doesNotContainKey("contact");
    }

    @Test
    void storesWholeNumbersAsLongAndOthersAsDouble() {
        assertThat(FormValues.numberVariable(new BigDecimal("3"))).isEqualTo(3L);
        assertThat(FormValues.numberVariable(new BigDecimal("3.00"))).isEqualTo(3L);
        assertThat(FormValues.numberVariable(new BigDecimal("-12"))).isEqualTo(-12L);
        assertThat(FormValues.numberVariable(new BigDecimal("12.5"))).isEqualTo(12.5d);
        assertThat(FormValues.numberVariable(new BigDecimal("1E+20"))).isEqualTo(1e20d);
        assertThat(FormValues.numberVariable(new BigDecimal(Long.MAX_VALUE))).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void clearsVariablesOfEmptiedFieldsAndLeavesOutTheRest() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "");
        values.put("household", null);
        values.put("urgent", null);
        values.put("materials", List.of());

        VariableMap variables = formValues.toVariables(SCHEMA, values);

        assertThat((Map<String, Object>) variables).containsEntry("name", null).containsEntry("household", null).containsEntry("urgent", false);
        assertThat(((JsonValue) variables.getValueTyped("materials")).getValueSerialized()).isEqualTo("[]");
        assertThat((Map<String, Object>) variables).doesNotContainKeys("opinion", "channel", "decision");
    }

    @Test
    void refusesKeysOutsideTheFormReadOnlyFieldsAndUnvalidatedValues() {
        assertThatThrownBy(() -> formValues.toVariables(SCHEMA, Map.of("salary", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no field salary");
        assertThatThrownBy(() -> formValues.toVariables(SCHEMA, Map.of("contact", "李四")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> formValues.toVariables(SCHEMA, Map.of("household", "three")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("form.error.number");
    }

    @Test
    void readsBackWhatItWrote() {
        VariableMap variables = formValues.toVariables(SCHEMA, submission());

        Map<String, Object> values = formValues.fromVariables(SCHEMA, variables);

        Map<String, Object> expected = submission();
        expected.put("household", new BigDecimal("3"));
        expected.put("income", new BigDecimal("5200.5"));
        assertThat(values).containsExactlyEntriesOf(expected);
        assertThat(new FormValidator().validate(SCHEMA, values)).isEmpty();
    }

    @Test
    void readsAChecklistInEveryShapeCamundaHandsOut() {
        List<String> expected = List.of("hukou", "marriage");
        JsonValue serialized = SpinValues.jsonValue("[\"hukou\",\"marriage\"]").create();
        JsonValue deserialized = SpinValues.jsonValue(Spin.JSON("[\"hukou\",\"marriage\"]")).create();

        for (Object variable : List.of(serialized, deserialized, Spin.JSON("[\"hukou\",\"marriage\"]"),
                List.of("hukou", "marriage"), "[\"hukou\",\"marriage\"]")) {
            assertThat(formValues.fromVariables(SCHEMA, Map.of("materials", variable)))
                    .as("from %s", variable.getClass().getSimpleName())
                    .containsEntry("materials", expected);
        }
    }

    @Test
    void readsNumbersBooleansAndDatesOfOtherTypes() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("household", 4);
        variables.put("income", 1234.5d);
        variables.put("urgent", "true");
        variables.put("birthDate", LocalDate.of(1990, 5, 1));
        variables.put("appointment", LocalTime.of(9, 30));
        variables.put("acceptedAt", LocalDateTime.of(2025, 3, 1, 14, 5, 59));
        variables.put("name", Variables.stringValue("张三"));

        Map<String, Object> values = formValues.fromVariables(SCHEMA, variables);

        assertThat(values).containsEntry("household", new BigDecimal("4"))
                .containsEntry("income", new BigDecimal("1234.5"))
                .containsEntry("urgent", true)
                .containsEntry("birthDate", "1990-05-01")
                .containsEntry("appointment", "09:30")
                .containsEntry("acceptedAt", "2025-03-01T14:05")
                .containsEntry("name", "张三");
    }

    @Test
    void readsOnlyTheFormsKeysAndSkipsValuesOfAnUnusableType() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantId", "A-1");
        variables.put("urgent", "yes");
        variables.put("household", "many");
        variables.put("materials", Map.of("a", 1));
        variables.put("opinion", null);
        variables.put("contact", "李四");

        assertThat(formValues.fromVariables(SCHEMA, variables)).containsExactly(Map.entry("contact", "李四"));
    }

    @Test
    void showsOptionLabelsYesNoAndReadableDates() {
        FormComponent decision = SCHEMA.field("decision").orElseThrow();
        FormComponent materials = SCHEMA.field("materials").orElseThrow();
        FormComponent urgent = SCHEMA.field("urgent").orElseThrow();
        Locale zh = Locale.SIMPLIFIED_CHINESE;

        assertThat(formValues.displayText(decision, "return", zh)).isEqualTo("退回");
        assertThat(formValues.displayText(decision, "gone", zh)).isEqualTo("gone");
        assertThat(formValues.displayText(materials, List.of("hukou", "marriage"), zh)).isEqualTo("户口簿、结婚证");
        assertThat(formValues.displayText(materials, SpinValues.jsonValue("[\"marriage\"]").create(), zh))
                .isEqualTo("结婚证");
        assertThat(formValues.displayText(materials, List.of("hukou", "marriage"), Locale.ENGLISH))
                .isEqualTo("户口簿, 结婚证");
        assertThat(formValues.displayText(urgent, true, zh)).isEqualTo("是");
        assertThat(formValues.displayText(urgent, false, zh)).isEqualTo("否");
        assertThat(formValues.displayText(urgent, false, Locale.ENGLISH)).isEqualTo("No");
        assertThat(formValues.displayText(SCHEMA.field("income").orElseThrow(), 5200.50d, zh)).isEqualTo("5200.5");
        assertThat(formValues.displayText(SCHEMA.field("household").orElseThrow(), 3L, zh)).isEqualTo("3");
        assertThat(formValues.displayText(SCHEMA.field("acceptedAt").orElseThrow(), "2025-03-01T14:05", zh))
                .isEqualTo("2025-03-01 14:05");
        assertThat(formValues.displayText(SCHEMA.field("name").orElseThrow(), null, zh)).isEmpty();
    }
}
