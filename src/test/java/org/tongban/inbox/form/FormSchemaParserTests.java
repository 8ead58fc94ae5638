package org.tongban.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.inbox.form.FormTestSupport.ALL_TYPES;
import static org.tongban.inbox.form.FormTestSupport.form;
import static org.tongban.inbox.form.FormTestSupport.parse;
import static org.tongban.inbox.form.FormTestSupport.resource;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.inbox.form.FormComponent.DateSubtype;
import org.tongban.inbox.form.FormValidation.TextFormat;

class FormSchemaParserTests {

    @Test
    void readsEverySupportedTypeFromAModelerForm() {
        FormSchema schema = resource(ALL_TYPES);

        assertThat(schema.id()).isEqualTo("AllTypes");
        assertThat(schema.resourceName()).isEqualTo(ALL_TYPES);
        assertThat(schema.components()).extracting(FormComponent::type).containsExactly(
                FormComponentType.TEXT, FormComponentType.TEXTFIELD, FormComponentType.TEXTFIELD,
                FormComponentType.TEXTFIELD, FormComponentType.TEXTFIELD, FormComponentType.NUMBER,
                FormComponentType.NUMBER, FormComponentType.DATETIME, FormComponentType.DATETIME,
                FormComponentType.DATETIME, FormComponentType.SEPARATOR, FormComponentType.SELECT,
                FormComponentType.RADIO, FormComponentType.CHECKBOX, FormComponentType.SPACER,
                FormComponentType.GROUP, FormComponentType.TEXTAREA, FormComponentType.BUTTON);
        assertThat(schema.fields()).extracting(FormComponent::key).containsExactly("applicantName", "idNumber",
                "mobile", "email", "householdSize", "monthlyIncome", "birthDate", "appointmentTime", "acceptedAt",
                "channel", "decision", "originalsVerified", "materials", "contactName", "opinion");
    }

    @Test
    void readsLabelsDescriptionsAndRules() {
        FormSchema schema = resource(ALL_TYPES);

        FormComponent name = schema.field("applicantName").orElseThrow();
        assertThat(name.label()).isEqualTo("申请人姓名");
        assertThat(name.description()).isEqualTo("与身份证一致");
        assertThat(name.validation().required()).isTrue();
        assertThat(name.validation().minLength()).isEqualTo(2);
        assertThat(name.validation().maxLength()).isEqualTo(5);
        assertThat(schema.field("idNumber").orElseThrow().validation().pattern().pattern()).isEqualTo("\\d{17}[\\dX]");
        assertThat(schema.field("idNumber").orElseThrow().validation().format()).isNull();
        assertThat(schema.field("mobile").orElseThrow().validation().format()).isEqualTo(TextFormat.PHONE);
        assertThat(schema.field("email").orElseThrow().validation().format()).isEqualTo(TextFormat.EMAIL);

        FormComponent household = schema.field("householdSize").orElseThrow();
        assertThat(household.decimalDigits()).isZero();
        assertThat(household.validation().min()).isEqualByComparingTo("1");
        assertThat(household.validation().max()).isEqualByComparingTo("20");
        FormComponent income = schema.field("monthlyIncome").orElseThrow();
        assertThat(income.decimalDigits()).isEqualTo(2);
        assertThat(income.increment()).isEqualByComparingTo("0.01");
    }

    @Test
    void readsDateTimeSubtypesAndTheirLabels() {
        FormSchema schema = resource(ALL_TYPES);

        assertThat(schema.field("birthDate").orElseThrow())
                .extracting(FormComponent::subtype, FormComponent::label).containsExactly(DateSubtype.DATE, "出生日期");
        assertThat(schema.field("appointmentTime").orElseThrow())
                .extracting(FormComponent::subtype, FormComponent::label).containsExactly(DateSubtype.TIME, "预约时间");
        assertThat(schema.field("acceptedAt").orElseThrow())
                .extracting(FormComponent::subtype, FormComponent::label).containsExactly(DateSubtype.DATETIME, "受理时间");
    }

    @Test
    void readsOptionsDefaultsAndReadOnlyFields() {
        FormSchema schema = resource(ALL_TYPES);

        FormComponent channel = schema.field("channel").orElseThrow();
        assertThat(channel.options()).containsExactly(new FormOption("窗口", "counter"), new FormOption("网上", "online"));
        assertThat(channel.defaultValue()).isEqualTo("counter");
        assertThat(schema.field("originalsVerified").orElseThrow().defaultValue()).isEqualTo(false);
        assertThat(schema.field("materials").orElseThrow().options()).extracting(FormOption::label)
                .containsExactly("户口簿", "结婚证", "收入证明");
        assertThat(schema.field("contactName").orElseThrow().readonly()).isTrue();
        assertThat(schema.field("contactName").orElseThrow().isEditable()).isFalse();
        assertThat(schema.field("applicantName").orElseThrow().isEditable()).isTrue();
    }

    @Test
    void keepsNestedGroupsWithTheirLabels() {
        FormSchema schema = resource(ALL_TYPES);

        FormComponent materials = schema.components().stream()
                .filter(component -> component.type() == FormComponentType.GROUP).findFirst().orElseThrow();
        assertThat(materials.label()).isEqualTo("补充材料");
        assertThat(materials.key()).isNull();
        assertThat(materials.children()).extracting(FormComponent::type)
                .containsExactly(FormComponentType.CHECKLIST, FormComponentType.GROUP);
        FormComponent contact = materials.children().get(1);
        assertThat(contact.label()).isEqualTo("联系人");
        assertThat(contact.children()).extracting(FormComponent::key).containsExactly("contactName");
    }

    @Test
    void keepsMarkdownTextAsWrittenAndIgnoresTheButtonsKey() {
        FormSchema schema = resource(ALL_TYPES);

        assertThat(schema.components().get(0).text()).startsWith("## 居民信息核对");
        FormComponent button = schema.components().get(schema.components().size() - 1);
        assertThat(button.type()).isEqualTo(FormComponentType.BUTTON);
        assertThat(button.key()).isNull();
        assertThat(schema.field("submit")).isEmpty();
    }

    @Test
    void findsTheOutcomeAndCommentFields() {
        FormSchema schema = resource(ALL_TYPES);

        assertThat(schema.outcomeField()).map(FormComponent::key).contains("decision");
        assertThat(schema.commentField()).map(FormComponent::key).contains("opinion");
        assertThat(schema.field("decision").orElseThrow().property("outcome")).contains("true");
        assertThat(form("""
                {"type": "textfield", "id": "f", "key": "note"}""").outcomeField()).isEmpty();
    }

    @Test
    void rejectsAnUnknownComponentTypeNamingResourceComponentAndType() {
        assertThatThrownBy(() -> resource("forms-test/invalid/UnknownType.form"))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.resourceName()).isEqualTo("forms-test/invalid/UnknownType.form");
                    assertThat(e.componentId()).isEqualTo("Field_tags");
                    assertThat(e.problem()).contains("unknown component type 'taglist'");
                })
                .hasMessageContaining("forms-test/invalid/UnknownType.form")
                .hasMessageContaining("Field_tags");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            input without key          | {"type": "textfield", "id": "f1", "label": "姓名"}                                  | f1 | needs a key
            dotted key                 | {"type": "textfield", "id": "f1", "key": "applicant.name"}                        | f1 | no dotted paths
            malformed pattern          | {"type": "textfield", "id": "f1", "key": "a", "validate": {"pattern": "[0-9"}}    | f1 | not a valid regular expression
            min greater than max       | {"type": "number", "id": "f1", "key": "a", "validate": {"min": 10, "max": 5}}     | f1 | validate.min (10) is greater than validate.max (5)
            minLength over maxLength   | {"type": "textfield", "id": "f1", "key": "a", "validate": {"minLength": 9, "maxLength": 2}} | f1 | validate.minLength (9) is greater than validate.maxLength (2)
            negative maxLength         | {"type": "textfield", "id": "f1", "key": "a", "validate": {"maxLength": -1}}      | f1 | whole number, zero or more
            min not a number           | {"type": "number", "id": "f1", "key": "a", "validate": {"min": "ten"}}            | f1 | validate.min is not a number
            unknown validationType     | {"type": "textfield", "id": "f1", "key": "a", "validate": {"validationType": "url"}} | f1 | unknown validate.validationType 'url'
            conditional                | {"type": "textfield", "id": "f1", "key": "a", "conditional": {"hide": "=b = 1"}}  | f1 | expressions are not supported
            conditional without FEEL   | {"type": "textfield", "id": "f1", "key": "a", "conditional": {"hide": "true"}}    | f1 | conditional logic (conditional.hide) is not supported
            expression label           | {"type": "textfield", "id": "f1", "key": "a", "label": "=applicantName"}          | f1 | 'label' is the FEEL expression '=applicantName'
            expression default         | {"type": "textfield", "id": "f1", "key": "a", "defaultValue": "=today()"}         | f1 | expressions are not supported
            expression readonly        | {"type": "textfield", "id": "f1", "key": "a", "readonly": "=done"}                | f1 | expressions are not supported
            expression in validate     | {"type": "number", "id": "f1", "key": "a", "validate": {"max": "=limit"}}         | f1 | 'validate.max' is the FEEL expression
            templated text             | {"type": "text", "id": "t1", "text": "您好，{{applicantName}}"}                    | t1 | templating
            options from a variable    | {"type": "select", "id": "f1", "key": "a", "valuesKey": "channels"}               | f1 | valuesKey
            select without options     | {"type": "select", "id": "f1", "key": "a", "values": []}                          | f1 | has no options
            duplicate option value     | {"type": "radio", "id": "f1", "key": "a", "values": [{"label": "是", "value": "y"}, {"label": "对", "value": "y"}]} | f1 | duplicate option value 'y'
            default not an option      | {"type": "select", "id": "f1", "key": "a", "values": [{"label": "是", "value": "y"}], "defaultValue": "n"} | f1 | defaultValue n breaks the field's own rules (form.error.option)
            unknown datetime subtype   | {"type": "datetime", "id": "f1", "key": "a", "subtype": "week"}                   | f1 | unknown datetime subtype 'week'
            passed dates               | {"type": "datetime", "id": "f1", "key": "a", "disallowPassedDates": true}         | f1 | disallowPassedDates
            numbers as strings         | {"type": "number", "id": "f1", "key": "a", "serializeToString": true}             | f1 | serializeToString
            group path                 | {"type": "group", "id": "g1", "path": "applicant", "components": []}              | g1 | group path
            no type                    | {"id": "f1", "key": "a"}                                                          | f1 | has no type
            outcome on a text field    | {"type": "textfield", "id": "f1", "key": "a", "properties": {"outcome": "true"}}  | f1 | the outcome field must be a radio or select
            """)
    void rejectsWhatItCannotRenderFaithfully(String rule, String component, String componentId, String problem) {
        assertThatThrownBy(() -> form(component))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.resourceName()).isEqualTo("test.form");
                    assertThat(e.componentId()).isEqualTo(componentId);
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void rejectsADuplicateKeyEvenInsideAGroup() {
        assertThatThrownBy(() -> form("""
                {"type": "textfield", "id": "f1", "key": "name"},
                {"type": "group", "id": "g1", "components": [{"type": "textarea", "id": "f2", "key": "name"}]}"""))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.componentId()).isEqualTo("f2");
                    assertThat(e.problem()).isEqualTo("duplicate key 'name', also used by component f1");
                });
    }

    @Test
    void rejectsTwoOutcomeFields() {
        String radio = """
                {"type": "radio", "id": "%s", "key": "%s", "values": [{"label": "同意", "value": "y"}],
                 "properties": {"outcome": "true"}}""";
        assertThatThrownBy(() -> form(radio.formatted("r1", "a") + "," + radio.formatted("r2", "b")))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.problem()).contains("more than one field has the property outcome=true"));
    }

    @Test
    void namesAComponentWithoutIdByItsPosition() {
        assertThatThrownBy(() -> form("""
                {"type": "group", "id": "g1", "components": [{"type": "image", "source": "x.png"}]}"""))
                .isInstanceOfSatisfying(InvalidFormException.class,
                        e -> assertThat(e.componentId()).isEqualTo("components[0].components[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON             | {"components": [                                              | not valid JSON
            duplicate JSON key   | {"id": "a", "id": "b", "type": "default", "components": []}  | not valid JSON
            no id                | {"type": "default", "components": []}                        | the form has no id
            no components        | {"type": "default", "id": "a"}                               | no components array
            Camunda 8 form       | {"type": "default", "id": "a", "components": [], "executionPlatform": "Camunda Cloud"} | made for 'Camunda Cloud'
            """)
    void rejectsAMalformedForm(String rule, String json, String problem) {
        assertThatThrownBy(() -> parse(json))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.componentId()).isNull();
                    assertThat(e.problem()).contains(problem);
                });
    }

    @Test
    void acceptsNumericStringsLayoutOnlyComponentsAndEmptyConditions() {
        FormSchema schema = form("""
                {"type": "number", "id": "f1", "key": "amount", "validate": {"min": "0.5", "max": "100"},
                 "conditional": {"hide": ""}, "layout": {"row": "Row_1", "columns": 8}, "appearance": {"suffixAdorner": "元"}},
                {"type": "separator", "id": "s1"}, {"type": "spacer", "id": "s2"},
                {"type": "checkbox", "id": "f2", "key": "agree", "validate": {"required": true}, "defaultValue": false},
                {"type": "checklist", "id": "f3", "key": "items", "values": [{"value": "a"}], "defaultValue": ["a"]}""");

        FormComponent amount = schema.field("amount").orElseThrow();
        assertThat(amount.validation().min()).isEqualTo(new BigDecimal("0.5"));
        assertThat(amount.validation().max()).isEqualByComparingTo("100");
        assertThat(schema.field("agree").orElseThrow().defaultValue()).isEqualTo(false);
        assertThat(schema.field("items").orElseThrow().defaultValue()).isEqualTo(List.of("a"));
        assertThat(schema.field("items").orElseThrow().options()).containsExactly(new FormOption("a", "a"));
    }
}
