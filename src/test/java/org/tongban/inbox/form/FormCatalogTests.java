package org.tongban.inbox.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormCatalogTests {

    @Test
    void everyFormShippedOnTheClasspathParses() {
        FormCatalog catalog = new FormCatalog();

        assertThat(catalog.all()).allSatisfy(form -> {
            assertThat(form.resourceName()).startsWith("forms/").endsWith(".form");
            assertThat(catalog.byResourceName(form.resourceName())).containsSame(form);
        });
    }

    @Test
    void loadsFormsUnderTheRootByTheirDeploymentResourceNames() {
        FormCatalog catalog = new FormCatalog("forms-test/valid/");

        assertThat(catalog.all()).extracting(FormSchema::resourceName)
                .containsExactly("forms-test/valid/AllTypes.form", "forms-test/valid/nested/Minimal.form");
        assertThat(catalog.byResourceName("forms-test/valid/nested/Minimal.form")).map(FormSchema::id)
                .contains("Minimal");
        assertThat(catalog.byResourceName("forms-test/valid/Missing.form")).isEmpty();
    }

    @Test
    void copesWithNoFormsAtAll() {
        assertThat(new FormCatalog("forms-test/none/").all()).isEmpty();
    }

    @Test
    void failsOnTheFirstInvalidFormSoTheApplicationDoesNotStart() {
        assertThatThrownBy(() -> new FormCatalog("forms-test/invalid/"))
                .isInstanceOfSatisfying(InvalidFormException.class, e -> {
                    assertThat(e.resourceName()).isEqualTo("forms-test/invalid/UnknownType.form");
                    assertThat(e.componentId()).isEqualTo("Field_tags");
                    assertThat(e.problem()).contains("unknown component type 'taglist'");
                });
    }

    @Test
    void parsesAFormFetchedFromADeployment() {
        FormSchema form = new FormCatalog("forms-test/none/").parse("forms/demo/Note.form", new ByteArrayInputStream("""
                {"id": "Note", "type": "default", "components": [{"type": "textfield", "id": "f", "key": "note"}]}
                """.getBytes(StandardCharsets.UTF_8)));

        assertThat(form.resourceName()).isEqualTo("forms/demo/Note.form");
        assertThat(form.fields()).extracting(FormComponent::key).containsExactly("note");
    }
}
