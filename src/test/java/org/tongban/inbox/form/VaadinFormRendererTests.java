package org.tongban.inbox.form;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tongban.inbox.form.FormTestSupport.ALL_TYPES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Browserless (Karibu) tests of the rendered forms, with the renderer built by hand: no Spring context needed. */
class VaadinFormRendererTests {

    private static final FormSchema SCHEMA = FormTestSupport.resource(ALL_TYPES);

    private final VaadinFormRenderer renderer = new VaadinFormRenderer(FormTestSupport.messages(), new FormValidator());
    private RenderedForm form;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    private RenderedForm show(Map<String, ?> initialValues, boolean readOnly) {
        form = renderer.render(SCHEMA, initialValues, readOnly);
        UI.getCurrent().add(form);
        return form;
    }

    private <T extends Component> T field(Class<T> type, String key) {
        return _get(form, type, spec -> spec.withId("form-" + key));
    }

    private static String error(Component field) {
        HasValidationProperties validated = (HasValidationProperties) field;
        return validated.isInvalid() ? validated.getErrorMessage() : null;
    }

    /** Every required field filled in validly. */
    private void fillRequired() {
        _setValue(field(TextField.class, "applicantName"), "张三");
        _setValue(field(BigDecimalField.class, "householdSize"), new BigDecimal("3"));
        _setValue(field(DatePicker.class, "birthDate"), LocalDate.of(1990, 5, 1));
        _setValue(field(RadioButtonGroup.class, "decision"), "approve");
        _setValue(field(Checkbox.class, "originalsVerified"), true);
    }

    @Test
    void rendersEachTypeAsItsVaadinComponentWithLabel() {
        show(Map.of(), false);

        assertThat(field(TextField.class, "applicantName").getLabel()).isEqualTo("申请人姓名");
        assertThat(field(TextArea.class, "opinion").getLabel()).isEqualTo("审核意见");
        assertThat(field(BigDecimalField.class, "householdSize").getLabel()).isEqualTo("家庭人口");
        assertThat(field(DatePicker.class, "birthDate").getLabel()).isEqualTo("出生日期");
        assertThat(field(TimePicker.class, "appointmentTime").getLabel()).isEqualTo("预约时间");
        assertThat(field(DateTimePicker.class, "acceptedAt").getLabel()).isEqualTo("受理时间");
        assertThat(field(RadioButtonGroup.class, "decision").getLabel()).isEqualTo("审核结果");
        assertThat(field(Checkbox.class, "originalsVerified").getLabel()).isEqualTo("已核验原件");
        assertThat(field(CheckboxGroup.class, "materials").getLabel()).isEqualTo("已收材料");
        @SuppressWarnings("unchecked")
        ComboBox<String> channel = field(ComboBox.class, "channel");
        assertThat(channel.getLabel()).isEqualTo("办理渠道");
        assertThat(channel.getListDataView().getItems()).containsExactly("counter", "online");
        assertThat(channel.getItemLabelGenerator().apply("online")).isEqualTo("网上");
    }

    @Test
    void showsHelperTextAndRequiredIndicators() {
        show(Map.of(), false);

        TextField name = field(TextField.class, "applicantName");
        assertThat(name.getHelperText()).isEqualTo("与身份证一致");
        assertThat(name.isRequiredIndicatorVisible()).isTrue();
        assertThat(field(TextField.class, "mobile").isRequiredIndicatorVisible()).isFalse();
        assertThat(field(Checkbox.class, "originalsVerified").isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void rendersGroupsAsNestedFieldsetsAndTextAsMarkdown() {
        show(Map.of(), false);

        FieldSet materials = _get(form, FieldSet.class, spec -> spec.withPredicate(f -> "补充材料".equals(f.getLegendText())));
        FieldSet contact = _get(materials, FieldSet.class, spec -> spec.withPredicate(f -> "联系人".equals(f.getLegendText())));
        assertThat(_find(materials, CheckboxGroup.class)).hasSize(1);
        assertThat(_get(contact, TextField.class).getId()).contains("form-contactName");
        assertThat(_get(form, Markdown.class).getContent()).startsWith("## 居民信息核对");
        assertThat(_find(form, Hr.class)).hasSize(1);
        _assertNone(form, Button.class);
    }

    @Test
    void rendersTheInputsInSchemaOrder() {
        show(Map.of(), false);

        assertThat(_find(form, Component.class, spec -> spec.withPredicate(c -> c.getId().orElse("").startsWith("form-")
                && !c.getId().get().equals("form-level-errors"))))
                .extracting(c -> c.getId().orElseThrow().substring("form-".length()))
                .containsExactlyElementsOf(SCHEMA.fields().stream().map(FormComponent::key).toList());
    }

    @Test
    void showsRuleErrorsOnTheFieldsAndRefusesToSubmit() {
        show(Map.of(), false);
        _setValue(field(TextField.class, "applicantName"), "张");
        _setValue(field(TextField.class, "idNumber"), "12345");
        _setValue(field(BigDecimalField.class, "householdSize"), BigDecimal.ZERO);
        _setValue(field(TextField.class, "mobile"), "12345678901");

        assertThat(form.submit()).isEmpty();

        assertThat(error(field(TextField.class, "applicantName"))).isEqualTo("申请人姓名至少需要2个字");
        assertThat(error(field(TextField.class, "idNumber"))).isEqualTo("身份证号格式不正确");
        assertThat(error(field(BigDecimalField.class, "householdSize"))).isEqualTo("家庭人口不能小于1");
        assertThat(error(field(TextField.class, "mobile"))).isEqualTo("手机号码格式不正确，应为以1开头的11位手机号码");
        assertThat(error(field(DatePicker.class, "birthDate"))).isEqualTo("出生日期为必填项");
        assertThat(error(field(RadioButtonGroup.class, "decision"))).isEqualTo("审核结果为必填项");
        assertThat(error(field(Checkbox.class, "originalsVerified"))).isEqualTo("请勾选“已核验原件”");
        assertThat(error(field(TextField.class, "email"))).isNull();
    }

    @Test
    void showsMaxLengthAndDecimalErrors() {
        show(Map.of(), false);
        fillRequired();
        _setValue(field(TextField.class, "applicantName"), "欧阳娜娜娜娜");
        _setValue(field(BigDecimalField.class, "monthlyIncome"), new BigDecimal("12.345"));

        assertThat(form.submit()).isEmpty();

        assertThat(error(field(TextField.class, "applicantName"))).isEqualTo("申请人姓名不能超过5个字");
        assertThat(error(field(BigDecimalField.class, "monthlyIncome"))).isEqualTo("月收入（元）最多保留2位小数");
    }

    @Test
    void checksAFieldAsSoonAsTheUserChangesIt() {
        show(Map.of(), false);
        TextField name = field(TextField.class, "applicantName");

        _setValue(name, "张");
        assertThat(error(name)).isEqualTo("申请人姓名至少需要2个字");

        _setValue(name, "张三");
        assertThat(error(name)).isNull();
    }

    @Test
    void submitsTypedValuesInFormValueShape() {
        show(Map.of(), false);
        fillRequired();
        _setValue(field(BigDecimalField.class, "monthlyIncome"), new BigDecimal("5200.50"));
        _setValue(field(TimePicker.class, "appointmentTime"), LocalTime.of(9, 30));
        _setValue(field(DateTimePicker.class, "acceptedAt"), LocalDateTime.of(2025, 3, 1, 14, 5));
        _setValue(field(CheckboxGroup.class, "materials"), Set.of("income", "hukou"));

        Map<String, Object> values = form.submit().orElseThrow();

        assertThat(values).containsEntry("applicantName", "张三")
                .containsEntry("householdSize", new BigDecimal("3"))
                .containsEntry("monthlyIncome", new BigDecimal("5200.50"))
                .containsEntry("birthDate", "1990-05-01")
                .containsEntry("appointmentTime", "09:30")
                .containsEntry("acceptedAt", "2025-03-01T14:05")
                .containsEntry("channel", "counter")
                .containsEntry("decision", "approve")
                .containsEntry("originalsVerified", true)
                .containsEntry("materials", List.of("hukou", "income"))
                .containsEntry("opinion", null)
                .containsEntry("mobile", null)
                .doesNotContainKey("contactName");
        assertThat(new FormValues(FormTestSupport.messages()).toVariables(SCHEMA, values).get("householdSize"))
                .isEqualTo(3L);
    }

    @Test
    void prefillsInitialValuesAndOtherwiseTheFormsDefaults() {
        Map<String, Object> initial = new HashMap<>();
        initial.put("applicantName", "李四");
        initial.put("householdSize", 4L);
        initial.put("birthDate", "1985-12-31");
        initial.put("materials", List.of("marriage", "unknown"));
        initial.put("contactName", "王五");

        show(initial, false);

        assertThat(field(TextField.class, "applicantName").getValue()).isEqualTo("李四");
        assertThat(field(BigDecimalField.class, "householdSize").getValue()).isEqualByComparingTo("4");
        assertThat(field(DatePicker.class, "birthDate").getValue()).isEqualTo(LocalDate.of(1985, 12, 31));
        assertThat(field(CheckboxGroup.class, "materials").getValue()).isEqualTo(Set.of("marriage"));
        assertThat(field(ComboBox.class, "channel").getValue()).isEqualTo("counter");
        TextField contact = field(TextField.class, "contactName");
        assertThat(contact.getValue()).isEqualTo("王五");
        assertThat(contact.isReadOnly()).isTrue();
        assertThat(field(TextField.class, "applicantName").isReadOnly()).isFalse();
    }

    @Test
    void readOnlyModeMakesEveryInputReadOnlyAndRefusesToSubmit() {
        show(Map.of("decision", "return", "originalsVerified", true), true);

        List<AbstractField<?, ?>> inputs = SCHEMA.fields().stream()
                .<AbstractField<?, ?>>map(field -> (AbstractField<?, ?>) field(Component.class, field.key())).toList();
        assertThat(inputs).hasSize(15).allSatisfy(input -> {
            assertThat(input.isReadOnly()).isTrue();
            assertThat(input.isRequiredIndicatorVisible()).isFalse();
        });
        assertThat(field(RadioButtonGroup.class, "decision").getValue()).isEqualTo("return");
        // History shows what was entered, not the form's defaults.
        assertThat(field(ComboBox.class, "channel").getValue()).isNull();
        assertThat(form.isReadOnly()).isTrue();
        assertThatThrownBy(form::submit).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> _setValue(field(TextField.class, "applicantName"), "x"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void showsServerErrorsOnTheirFieldsAndUnknownKeysAboveTheForm() {
        show(Map.of(), false);
        _assertNone(form, Div.class, spec -> spec.withId("form-level-errors"));

        form.setServerErrors(List.of(
                new FieldError("mobile", "手机号码", "form.error.phone", List.of("手机号码")),
                new FieldError("salary", "salary", "form.error.unknown-field", List.of("salary"))));

        assertThat(error(field(TextField.class, "mobile"))).isEqualTo("手机号码格式不正确，应为以1开头的11位手机号码");
        assertThat(error(field(TextField.class, "email"))).isNull();
        Div formErrors = _get(form, Div.class, spec -> spec.withId("form-level-errors"));
        assertThat(formErrors.getElement().getTextRecursively()).isEqualTo("不允许的字段：salary");

        form.setServerErrors(List.of());

        assertThat(error(field(TextField.class, "mobile"))).isNull();
        _assertNone(form, Div.class, spec -> spec.withId("form-level-errors"));
    }

    @Test
    void reportsTextANumberFieldCouldNotParseInsteadOfSubmittingNothing() throws PropertyChangeDeniedException {
        show(Map.of(), false);
        fillRequired();
        BigDecimalField income = field(BigDecimalField.class, "monthlyIncome");
        // What the browser sends when the user typed "1.2.3": text in the input that is not a number.
        income.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", "1.2.3").run();
        assertThat(income.getValue()).isNull();

        assertThat(form.submit()).isEmpty();

        assertThat(error(income)).isEqualTo("月收入（元）必须是数字");
    }

    @Test
    void reportsADateThePickerCouldNotParse() {
        show(Map.of(), false);
        fillRequired();
        DatePicker birth = field(DatePicker.class, "birthDate");
        _setValue(birth, null);
        // What the browser sends when the user typed a date the picker cannot read.
        birth.getElement().setProperty("_inputElementValue", "1990年5月1日");
        _fireDomEvent(birth, "unparsable-change");

        assertThat(form.submit()).isEmpty();

        assertThat(error(birth)).isEqualTo("出生日期不是有效的日期（格式：yyyy-MM-dd）");
    }

    @Test
    void speaksEnglishWhenTheUiDoes() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        show(Map.of(), false);

        assertThat(form.submit()).isEmpty();

        assertThat(error(field(TextField.class, "applicantName"))).isEqualTo("申请人姓名 is required");
        assertThat(field(DatePicker.class, "birthDate").getI18n().getToday()).isEqualTo("Today");
    }

    @Test
    void givesTheDatePickerChineseNamesAndIsoDates() {
        show(Map.of(), false);

        DatePicker.DatePickerI18n i18n = field(DatePicker.class, "birthDate").getI18n();
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("一月");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("星期日");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(i18n.getToday()).isEqualTo("今天");
    }
}
