package org.tongban.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongban.inbox.form.FormTestSupport.chinese;
import static org.tongban.inbox.form.FormTestSupport.english;
import static org.tongban.inbox.form.FormTestSupport.form;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormValidatorTests {

    private static final FormSchema SCHEMA = form("""
            {"type": "textfield", "id": "f1", "key": "name", "label": "姓名",
             "validate": {"required": true, "minLength": 2, "maxLength": 4}},
            {"type": "textfield", "id": "f2", "key": "idNumber", "label": "身份证号", "validate": {"pattern": "\\\\d{17}[\\\\dX]"}},
            {"type": "textfield", "id": "f3", "key": "mobile", "label": "手机号码", "validate": {"validationType": "phone"}},
            {"type": "textfield", "id": "f4", "key": "email", "label": "电子邮箱", "validate": {"validationType": "email"}},
            {"type": "textarea", "id": "f5", "key": "opinion", "label": "意见", "validate": {"maxLength": 10}},
            {"type": "number", "id": "f6", "key": "household", "label": "家庭人口", "decimalDigits": 0,
             "validate": {"required": true, "min": 1, "max": 20}},
            {"type": "number", "id": "f7", "key": "income", "label": "月收入", "decimalDigits": 2},
            {"type": "number", "id": "f8", "key": "area", "label": "面积", "increment": 0.5},
            {"type": "datetime", "id": "f9", "key": "birthDate", "subtype": "date", "dateLabel": "出生日期",
             "validate": {"required": true}},
            {"type": "datetime", "id": "f10", "key": "appointment", "subtype": "time", "timeLabel": "预约时间"},
            {"type": "datetime", "id": "f11", "key": "acceptedAt", "subtype": "datetime", "dateLabel": "受理时间"},
            {"type": "select", "id": "f12", "key": "channel", "label": "办理渠道",
             "values": [{"label": "窗口", "value": "counter"}, {"label": "网上", "value": "online"}]},
            {"type": "radio", "id": "f13", "key": "decision", "label": "审核结果", "validate": {"required": true},
             "values": [{"label": "同意", "value": "approve"}, {"label": "退回", "value": "return"}]},
            {"type": "checkbox", "id": "f14", "key": "agree", "label": "同意承诺", "validate": {"required": true}},
            {"type": "checkbox", "id": "f15", "key": "urgent", "label": "加急"},
            {"type": "group", "id": "g1", "label": "材料", "components": [
              {"type": "checklist", "id": "f16", "key": "materials", "label": "已收材料", "validate": {"required": true},
               "values": [{"label": "户口簿", "value": "hukou"}, {"label": "结婚证", "value": "marriage"}]},
              {"type": "textfield", "id": "f17", "key": "contact", "label": "联系人", "readonly": true,
               "validate": {"required": true}},
              {"type": "textfield", "id": "f18", "key": "caseNumber", "label": "案卷号", "disabled": true}
            ]}""");

    private final FormValidator validator = new FormValidator();

    /** The smallest valid submission: every editable required field filled in. */
    private static Map<String, Object> valid() {
        Map<String, Object> values = new HashMap<>();
        values.put("name", "张三");
        values.put("household", 3);
        values.put("birthDate", "1990-05-01");
        values.put("decision", "approve");
        values.put("agree", true);
        values.put("materials", List.of("hukou"));
        return values;
    }

    /** The one error of a valid submission with this key changed. */
    private FieldError onlyError(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        List<FieldError> errors = validator.validate(SCHEMA, values);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).key()).isEqualTo(key);
        return errors.get(0);
    }

    private void accepts(String key, Object value) {
        Map<String, Object> values = valid();
        values.put(key, value);
        assertThat(validator.validate(SCHEMA, values)).isEmpty();
    }

    @Test
    void acceptsAValidSubmissionWithOptionalFieldsLeftOut() {
        assertThat(validator.validate(SCHEMA, valid())).isEmpty();
    }

    @Test
    void acceptsEveryFieldFilledInWithJsonValues() {
        Map<String, Object> values = valid();
        values.putAll(Map.of("idNumber", "11010519491231002X", "mobile", "13812345678", "email", "zhang.san@example.cn",
                "opinion", "材料齐全", "income", "5200.50", "area", 12.5, "appointment", "09:30",
                "acceptedAt", "2025-03-01T14:05", "channel", "online"));
        values.put("urgent", false);

        assertThat(validator.validate(SCHEMA, values)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            name      | NULL | 姓名为必填项
            name      | ''   | 姓名为必填项
            name      | '  ' | 姓名为必填项
            household | NULL | 家庭人口为必填项
            household | ' '  | 家庭人口为必填项
            birthDate | ''   | 出生日期为必填项
            decision  | NULL | 审核结果为必填项
            """)
    void reportsAMissingRequiredValue(String key, String value, String message) {
        FieldError error = onlyError(key, value);

        assertThat(error.messageKey()).isEqualTo("form.error.required");
        assertThat(chinese(error)).isEqualTo(message);
        assertThat(error.label()).isEqualTo(message.substring(0, message.indexOf("为必填项")));
    }

    @Test
    void reportsARequiredFieldLeftOutOfTheSubmission() {
        Map<String, Object> values = valid();
        values.remove("name");

        assertThat(validator.validate(SCHEMA, values)).singleElement().satisfies(error -> {
            assertThat(error.key()).isEqualTo("name");
            assertThat(error.messageKey()).isEqualTo("form.error.required");
            assertThat(english(error)).isEqualTo("姓名 is required");
        });
    }

    @Test
    void reportsAnEmptyRequiredChecklist() {
        FieldError error = onlyError("materials", List.of());

        assertThat(error.messageKey()).isEqualTo("form.error.required");
        assertThat(chinese(error)).isEqualTo("已收材料为必填项");
    }

    @Test
    void requiresARequiredCheckboxToBeTicked() {
        for (Object unticked : new Object[] {false, null}) {
            FieldError error = onlyError("agree", unticked);
            assertThat(error.messageKey()).isEqualTo("form.error.must-check");
            assertThat(chinese(error)).isEqualTo("请勾选“同意承诺”");
        }
        accepts("urgent", null);
    }

    @Test
    void countsChineseCharactersAsOneForMinLength() {
        FieldError error = onlyError("name", "张");

        assertThat(error.messageKey()).isEqualTo("form.error.min-length");
        assertThat(error.arguments()).containsExactly("姓名", "2");
        assertThat(chinese(error)).isEqualTo("姓名至少需要2个字");
        accepts("name", "张三");
    }

    @Test
    void countsChineseCharactersAsOneForMaxLength() {
        accepts("name", "欧阳娜娜");
        // Four characters outside the Basic Multilingual Plane: eight UTF-16 chars, still four characters.
        accepts("name", "𠀀𠀁𠀂𠀃");
        FieldError error = onlyError("name", "欧阳娜娜娜");

        assertThat(error.messageKey()).isEqualTo("form.error.max-length");
        assertThat(chinese(error)).isEqualTo("姓名不能超过4个字");
        assertThat(chinese(onlyError("opinion", "一二三四五六七八九十一"))).isEqualTo("意见不能超过10个字");
    }

    @Test
    void doesNotCountSurroundingBlanksAsCharacters() {
        assertThat(onlyError("name", " 张 ").messageKey()).isEqualTo("form.error.min-length");
    }

    @Test
    void requiresThePatternToMatchTheWholeValue() {
        accepts("idNumber", "11010519491231002X");
        for (String wrong : List.of("12345", "A11010519491231002X", "11010519491231002X1")) {
            FieldError error = onlyError("idNumber", wrong);
            assertThat(error.messageKey()).isEqualTo("form.error.pattern");
            assertThat(chinese(error)).isEqualTo("身份证号格式不正确");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "+8613812345678", "010-88886666"})
    void acceptsOnlyMainlandMobileNumbersAsPhone(String wrong) {
        FieldError error = onlyError("mobile", wrong);

        assertThat(error.messageKey()).isEqualTo("form.error.phone");
        assertThat(chinese(error)).isEqualTo("手机号码格式不正确，应为以1开头的11位手机号码");
        accepts("mobile", "19912345678");
    }

    @Test
    void checksEmailAddresses() {
        FieldError error = onlyError("email", "zhangsan@example");

        assertThat(error.messageKey()).isEqualTo("form.error.email");
        assertThat(chinese(error)).isEqualTo("电子邮箱格式不正确，应为电子邮箱地址");
        accepts("email", "zhangsan@example.cn");
    }

    @Test
    void checksTheMinimumAndMaximumOfANumber() {
        FieldError tooSmall = onlyError("household", 0);
        FieldError tooLarge = onlyError("household", "21");

        assertThat(tooSmall.messageKey()).isEqualTo("form.error.min");
        assertThat(chinese(tooSmall)).isEqualTo("家庭人口不能小于1");
        assertThat(tooLarge.messageKey()).isEqualTo("form.error.max");
        assertThat(chinese(tooLarge)).isEqualTo("家庭人口不能大于20");
        accepts("household", 1);
        accepts("household", 20L);
    }

    @Test
    void acceptsNumbersAsJsonNumbersOrNumericStrings() {
        accepts("income", "12.5");
        accepts("income", 12.5d);
        accepts("income", new BigDecimal("1200.00"));
        accepts("household", "3.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12,5", "一百", "NaN", "12.5元"})
    void rejectsAMalformedNumber(String wrong) {
        FieldError error = onlyError("income", wrong);

        assertThat(error.messageKey()).isEqualTo("form.error.number");
        assertThat(chinese(error)).isEqualTo("月收入必须是数字");
    }

    @Test
    void rejectsANumberOfTheWrongJsonType() {
        assertThat(onlyError("income", true).messageKey()).isEqualTo("form.error.number");
        assertThat(onlyError("income", Double.NaN).messageKey()).isEqualTo("form.error.number");
    }

    @Test
    void enforcesDecimalDigitsWhenTheFormSetsThem() {
        FieldError integer = onlyError("household", 2.5);
        FieldError cents = onlyError("income", "1.234");

        assertThat(integer.messageKey()).isEqualTo("form.error.integer");
        assertThat(chinese(integer)).isEqualTo("家庭人口必须是整数");
        assertThat(cents.messageKey()).isEqualTo("form.error.decimal-digits");
        assertThat(chinese(cents)).isEqualTo("月收入最多保留2位小数");
        // Without decimalDigits form-js allows any decimals, and so do we.
        accepts("area", "12.5");
    }

    @Test
    void enforcesTheIncrement() {
        FieldError error = onlyError("area", 1.3);

        assertThat(error.messageKey()).isEqualTo("form.error.increment");
        assertThat(chinese(error)).isEqualTo("面积必须是0.5的整数倍");
        accepts("area", 1.5);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            birthDate   | 2024-02-30       | form.error.date     | 出生日期不是有效的日期（格式：yyyy-MM-dd）
            birthDate   | 2024/01/05       | form.error.date     | 出生日期不是有效的日期（格式：yyyy-MM-dd）
            birthDate   | 2024-1-5         | form.error.date     | 出生日期不是有效的日期（格式：yyyy-MM-dd）
            appointment | 25:00            | form.error.time     | 预约时间不是有效的时间（格式：HH:mm）
            appointment | 9:30             | form.error.time     | 预约时间不是有效的时间（格式：HH:mm）
            appointment | 09:30+08:00      | form.error.time     | 预约时间不是有效的时间（格式：HH:mm）
            acceptedAt  | 2025-03-01 14:05 | form.error.datetime | 受理时间不是有效的日期时间（格式：yyyy-MM-ddTHH:mm）
            acceptedAt  | 2025-03-01       | form.error.datetime | 受理时间不是有效的日期时间（格式：yyyy-MM-ddTHH:mm）
            """)
    void rejectsAMalformedDateOrTime(String key, String value, String messageKey, String message) {
        FieldError error = onlyError(key, value);

        assertThat(error.messageKey()).isEqualTo(messageKey);
        assertThat(chinese(error)).isEqualTo(message);
    }

    @Test
    void rejectsADateThatIsNotAString() {
        FieldError error = onlyError("birthDate", 19900501);

        assertThat(error.messageKey()).isEqualTo("form.error.type");
        assertThat(chinese(error)).isEqualTo("出生日期的值类型不正确");
    }

    @Test
    void rejectsTextThatIsNotAString() {
        assertThat(onlyError("name", 12).messageKey()).isEqualTo("form.error.type");
    }

    @Test
    void acceptsOnlyOfferedOptionsForSelectAndRadio() {
        FieldError select = onlyError("channel", "phone");
        FieldError radio = onlyError("decision", "同意");

        assertThat(select.messageKey()).isEqualTo("form.error.option");
        assertThat(chinese(select)).isEqualTo("办理渠道的选项无效");
        assertThat(chinese(radio)).isEqualTo("审核结果的选项无效");
        assertThat(onlyError("channel", 1).messageKey()).isEqualTo("form.error.option");
    }

    @Test
    void acceptsOnlyOfferedOptionsInAChecklist() {
        accepts("materials", List.of("hukou", "marriage"));
        FieldError error = onlyError("materials", List.of("hukou", "passport"));

        assertThat(error.messageKey()).isEqualTo("form.error.option");
        assertThat(chinese(error)).isEqualTo("已收材料的选项无效");
    }

    @Test
    void rejectsAChecklistThatIsNotAListOfStrings() {
        assertThat(chinese(onlyError("materials", "hukou"))).isEqualTo("已收材料的值类型不正确");
        assertThat(onlyError("materials", List.of(1)).messageKey()).isEqualTo("form.error.type");
    }

    @Test
    void rejectsACheckboxThatIsNotABoolean() {
        assertThat(onlyError("urgent", "true").messageKey()).isEqualTo("form.error.type");
    }

    @Test
    void rejectsAKeyTheFormDoesNotDeclare() {
        FieldError error = onlyError("salary", 10000);

        assertThat(error.label()).isEqualTo("salary");
        assertThat(error.messageKey()).isEqualTo("form.error.unknown-field");
        assertThat(chinese(error)).isEqualTo("不允许的字段：salary");
        assertThat(english(error)).isEqualTo("Field not allowed: salary");
    }

    @Test
    void rejectsReadOnlyAndDisabledFieldsAndDoesNotRequireThem() {
        assertThat(validator.validate(SCHEMA, valid())).isEmpty();

        FieldError readonly = onlyError("contact", "李四");
        FieldError disabled = onlyError("caseNumber", "2025-001");

        assertThat(readonly.messageKey()).isEqualTo("form.error.readonly");
        assertThat(chinese(readonly)).isEqualTo("联系人为只读字段，不能提交");
        assertThat(disabled.messageKey()).isEqualTo("form.error.readonly");
    }

    @Test
    void reportsEveryBrokenFieldInFormOrderThenKeysThatMayNotBeSubmitted() {
        Map<String, Object> values = new HashMap<>();
        values.put("zzz", 1);
        values.put("name", "张");
        values.put("contact", "李四");

        assertThat(validator.validate(SCHEMA, values)).extracting(FieldError::key).containsExactly(
                "name", "household", "birthDate", "decision", "agree", "materials", "contact", "zzz");
    }
}
