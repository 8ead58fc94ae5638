package org.tongban.inbox.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.tongban.base.Messages;

/** Forms and translations for the form engine's tests, without a Spring context. */
final class FormTestSupport {

    static final String ALL_TYPES = "forms-test/valid/AllTypes.form";

    private FormTestSupport() {
    }

    /** A form from JSON text, as a deployment would hand it in. */
    static FormSchema parse(String json) {
        return FormSchemaParser.parse("test.form", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** A form with these components, in the envelope the Camunda Modeler writes. */
    static FormSchema form(String componentsJson) {
        return parse("""
                {"components": [%s], "type": "default", "id": "TestForm",
                 "executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0", "schemaVersion": 18}
                """.formatted(componentsJson));
    }

    static FormSchema resource(String resourceName) {
        try (InputStream json = FormTestSupport.class.getClassLoader().getResourceAsStream(resourceName)) {
            if (json == null) {
                throw new IllegalArgumentException("No test form " + resourceName);
            }
            return FormSchemaParser.parse(resourceName, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's bundles as the Spring context configures them (Chinese base, English second). */
    static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/base", "i18n/forms");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }

    static String chinese(FieldError error) {
        return messages().get(Locale.SIMPLIFIED_CHINESE, error.messageKey(), error.arguments().toArray());
    }

    static String english(FieldError error) {
        return messages().get(Locale.ENGLISH, error.messageKey(), error.arguments().toArray());
    }
}
