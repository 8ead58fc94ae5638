package org.tongban.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.Messages;
import org.tongban.testing.TongbanTest;

/** The form engine inside the running application: the catalog started, the bundle is configured. */
@TongbanTest
class FormEngineContextTests {

    @Autowired
    FormCatalog catalog;

    @Autowired
    FormValidator validator;

    @Autowired
    Messages messages;

    @Test
    void startsWithTheShippedFormsParsed() {
        assertThat(catalog.all()).allSatisfy(form -> assertThat(form.resourceName()).startsWith("forms/"));
    }

    @Test
    void translatesFieldErrorsWithTheApplicationsMessages() {
        FormSchema schema = FormTestSupport.form("""
                {"type": "textfield", "id": "f", "key": "name", "label": "姓名", "validate": {"required": true}}""");
        FieldError error = validator.validate(schema, Map.of()).get(0);
        Object[] arguments = error.arguments().toArray();

        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, error.messageKey(), arguments)).isEqualTo("姓名为必填项");
        assertThat(messages.get(Locale.ENGLISH, error.messageKey(), arguments)).isEqualTo("姓名 is required");
        assertThat(messages.get(Locale.SIMPLIFIED_CHINESE, "form.error.unknown-field", List.of("x").toArray()))
                .isEqualTo("不允许的字段：x");
    }
}
