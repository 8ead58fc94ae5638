package org.tongban.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.catalog.ServiceItem.Material;
import org.tongban.catalog.ServiceItem.MaterialForm;

/**
 * 申请材料 — an item's materials as editable rows in display order: add, remove, move up and down. Fields are
 * numbered by row (e.g. {@code material-name-1}) after every change, so the n-th row is always found the same way.
 */
class MaterialsEditor extends VerticalLayout {

    private final List<MaterialRow> rows = new ArrayList<>();
    private final VerticalLayout rowLayout = new VerticalLayout();
    private final Span error = new Span();

    MaterialsEditor(List<Material> materials) {
        setPadding(false);
        setSpacing(false);
        rowLayout.setPadding(false);
        rowLayout.setSpacing(false);
        Button add = new Button(getTranslation("catalog.items.material-add"), VaadinIcon.PLUS.create(),
                click -> addRow(null));
        add.setId("material-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("materials-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(new H4(getTranslation("catalog.items.materials")), rowLayout, add, error);
        materials.forEach(material -> rows.add(new MaterialRow(material)));
        layoutRows();
    }

    void addRow(Material material) {
        rows.add(new MaterialRow(material));
        layoutRows();
    }

    /** The rows as materials; a row without a form or copies keeps the gap for the service to name. */
    List<Material> materials() {
        return rows.stream().map(MaterialRow::toMaterial).toList();
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
    }

    private void move(MaterialRow row, int offset) {
        int from = rows.indexOf(row);
        int to = from + offset;
        if (to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, row);
        layoutRows();
    }

    private void remove(MaterialRow row) {
        rows.remove(row);
        layoutRows();
    }

    private void layoutRows() {
        rowLayout.removeAll();
        for (int index = 0; index < rows.size(); index++) {
            MaterialRow row = rows.get(index);
            row.number(index + 1, index == 0, index == rows.size() - 1);
            rowLayout.add(row);
        }
    }

    /** One material; the code travels with the row when it moves. */
    private final class MaterialRow extends HorizontalLayout {

        private final String code;
        private final TextField name = new TextField();
        private final Select<MaterialForm> form = new Select<>();
        private final IntegerField copies = new IntegerField();
        private final Checkbox mandatory = new Checkbox(getTranslation("catalog.items.material-mandatory"));
        private final TextField notes = new TextField();
        private final Button up = new Button(VaadinIcon.ARROW_UP.create());
        private final Button down = new Button(VaadinIcon.ARROW_DOWN.create());
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        MaterialRow(Material material) {
            this.code = material == null ? null : material.code();
            setWidthFull();
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            name.setPlaceholder(getTranslation("catalog.items.material-name"));
            name.setAriaLabel(getTranslation("catalog.items.material-name"));
            name.setMaxLength(100);
            form.setItems(MaterialForm.values());
            form.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
            form.setAriaLabel(getTranslation("catalog.items.material-form"));
            form.setWidth("9rem");
            copies.setAriaLabel(getTranslation("catalog.items.material-copies"));
            copies.setMin(1);
            copies.setMax(20);
            copies.setStepButtonsVisible(true);
            copies.setWidth("7rem");
            notes.setPlaceholder(getTranslation("catalog.items.material-notes"));
            notes.setAriaLabel(getTranslation("catalog.items.material-notes"));
            notes.setMaxLength(200);
            for (Button button : List.of(up, down, remove)) {
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            }
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            up.setAriaLabel(getTranslation("catalog.items.material-up"));
            down.setAriaLabel(getTranslation("catalog.items.material-down"));
            remove.setAriaLabel(getTranslation("catalog.items.material-remove"));
            up.addClickListener(click -> move(this, -1));
            down.addClickListener(click -> move(this, 1));
            remove.addClickListener(click -> remove(this));

            if (material == null) {
                form.setValue(MaterialForm.ORIGINAL);
                copies.setValue(1);
                mandatory.setValue(true);
            } else {
                name.setValue(material.name());
                form.setValue(material.form());
                copies.setValue(material.copies());
                mandatory.setValue(material.mandatory());
                notes.setValue(material.notes() == null ? "" : material.notes());
            }
            add(name, form, copies, mandatory, notes, up, down, remove);
            setFlexGrow(2, name);
            setFlexGrow(1, notes);
        }

        void number(int position, boolean first, boolean last) {
            name.setId("material-name-" + position);
            form.setId("material-form-" + position);
            copies.setId("material-copies-" + position);
            mandatory.setId("material-mandatory-" + position);
            notes.setId("material-notes-" + position);
            up.setId("material-up-" + position);
            down.setId("material-down-" + position);
            remove.setId("material-remove-" + position);
            up.setEnabled(!first);
            down.setEnabled(!last);
        }

        Material toMaterial() {
            return new Material(code, name.getValue(), form.getValue(),
                    copies.getValue() == null ? 0 : copies.getValue(), mandatory.getValue(), notes.getValue());
        }
    }
}
