package org.tongban.inbox.form;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** form-js rows: what the Modeler puts side by side stays side by side, in the widths drawn. */
class FormRowsTests {

    private static final String SCHEMA = """
            {"type": "default", "id": "Rows", "schemaVersion": 16, "components": [
              {"type": "textfield", "id": "F1", "key": "from", "label": "开始", "layout": {"row": "Row_1", "columns": 6}},
              {"type": "textfield", "id": "F2", "key": "to", "label": "结束", "layout": {"row": "Row_1", "columns": null}},
              {"type": "textfield", "id": "F3", "key": "note", "label": "备注", "layout": {"row": "Row_2"}}
            ]}""";

    private final VaadinFormRenderer renderer = new VaadinFormRenderer(FormTestSupport.messages(), new FormValidator());

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void theParserKeepsRowAndWidth() {
        FormSchema schema = FormTestSupport.parse(SCHEMA);
        assertThat(schema.field("from").orElseThrow().placement()).isEqualTo(new FormComponent.Placement("Row_1", 6));
        assertThat(schema.field("to").orElseThrow().placement()).isEqualTo(new FormComponent.Placement("Row_1", null));
    }

    @Test
    void aWidthOutsideTheGridIsRefused() {
        assertThatThrownBy(() -> FormTestSupport.parse(SCHEMA.replace("\"columns\": 6", "\"columns\": 17")))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("layout.columns");
    }

    @Test
    void fieldsOfOneRowShareARowInTheDrawnProportions() {
        RenderedForm form = renderer.render(FormTestSupport.parse(SCHEMA), Map.of(), false);
        UI.getCurrent().add(form);

        TextField from = _get(form, TextField.class, spec -> spec.withId("form-from"));
        TextField to = _get(form, TextField.class, spec -> spec.withId("form-to"));
        TextField note = _get(form, TextField.class, spec -> spec.withId("form-note"));
        Component row = from.getParent().orElseThrow();
        assertThat(row).isInstanceOf(FlexLayout.class);
        assertThat(to.getParent()).containsSame(row);
        assertThat(note.getParent()).isNotEqualTo(from.getParent());
        assertThat(((FlexLayout) row).getFlexGrow(from)).isEqualTo(6);
        assertThat(((FlexLayout) row).getFlexGrow(to)).as("the rest of the sixteen columns").isEqualTo(10);
    }
}
