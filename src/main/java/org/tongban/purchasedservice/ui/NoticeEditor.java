package org.tongban.purchasedservice.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.purchasedservice.NoticeDraft;

/**
 * 采购公告 as the project manager writes it: requirements, contact, the response deadline (offered at the earliest day
 * the method allows) and the evaluation criteria with their points, summed as they are typed.
 */
class NoticeEditor extends Composite<VerticalLayout> {

    /** 17:00 on the last day: responses are handed in during office hours. */
    private static final LocalTime CLOSING_TIME = LocalTime.of(17, 0);
    private static final String[][] SUGGESTED = {
            {"purchasedservice.ui.notice.criterion.plan", "40"},
            {"purchasedservice.ui.notice.criterion.capacity", "25"},
            {"purchasedservice.ui.notice.criterion.record", "15"},
            {"purchasedservice.ui.notice.criterion.price", "20"}};

    private final TextArea requirements;
    private final TextField contact = new TextField();
    private final DateTimePicker deadline = new DateTimePicker();
    private final VerticalLayout rows = new VerticalLayout();
    private final List<CriterionRow> criteria = new ArrayList<>();
    private final Span sum = new Span();

    NoticeEditor(LocalDate earliest) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        requirements = PurchaseUi.textArea(this, "ps-notice-requirements", "purchasedservice.ui.notice.requirements",
                2000);
        requirements.setValue(getTranslation("purchasedservice.ui.notice.requirements-default"));
        contact.setId("ps-notice-contact");
        contact.setLabel(getTranslation("purchasedservice.ui.notice.contact"));
        contact.setMaxLength(200);
        contact.setWidthFull();
        deadline.setId("ps-notice-deadline");
        deadline.setLabel(getTranslation("purchasedservice.ui.notice.deadline"));
        if (earliest != null) {
            deadline.setValue(earliest.atTime(CLOSING_TIME));
            deadline.setHelperText(getTranslation("purchasedservice.ui.notice.earliest", earliest.toString()));
        }
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("ps-notice-criteria");
        for (String[] suggested : SUGGESTED) {
            addRow(getTranslation(suggested[0]), Integer.valueOf(suggested[1]));
        }
        Button add = new Button(getTranslation("purchasedservice.ui.notice.add-criterion"), VaadinIcon.PLUS.create(),
                click -> addRow("", null));
        add.setId("ps-notice-add-criterion");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sum.setId("ps-notice-sum");
        layout.add(requirements, contact, deadline, new Span(getTranslation("purchasedservice.ui.notice.criteria")),
                rows, new HorizontalLayout(add, sum));
        showSum();
    }

    private void addRow(String name, Integer weight) {
        CriterionRow row = new CriterionRow(name, weight);
        criteria.add(row);
        rows.add(row.layout);
        showSum();
    }

    private void showSum() {
        int total = criteria.stream().mapToInt(row -> row.weight.getValue() == null ? 0 : row.weight.getValue()).sum();
        sum.setText(getTranslation("purchasedservice.ui.notice.sum", total));
        sum.getStyle().set("color", total == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    NoticeDraft draft() {
        return new NoticeDraft(requirements.getValue(), contact.getValue(), deadline.getValue(),
                criteria.stream().map(row -> new NoticeDraft.Criterion(row.name.getValue(), row.description.getValue(),
                        row.weight.getValue())).toList());
    }

    void focus() {
        contact.focus();
    }

    /** One criterion: name, what is scored, points; removable. */
    private final class CriterionRow {

        private final TextField name = new TextField();
        private final TextField description = new TextField();
        private final IntegerField weight = new IntegerField();
        private final HorizontalLayout layout;

        CriterionRow(String initialName, Integer initialWeight) {
            int index = criteria.size();
            name.setId("ps-criterion-name-" + index);
            name.setPlaceholder(getTranslation("purchasedservice.ui.notice.criterion-name"));
            name.setMaxLength(100);
            name.setValue(initialName);
            description.setId("ps-criterion-description-" + index);
            description.setPlaceholder(getTranslation("purchasedservice.ui.notice.criterion-description"));
            description.setMaxLength(500);
            description.setWidthFull();
            weight.setId("ps-criterion-weight-" + index);
            weight.setPlaceholder(getTranslation("purchasedservice.ui.notice.criterion-weight"));
            weight.setMin(1);
            weight.setMax(100);
            weight.setWidth("7em");
            weight.setValue(initialWeight);
            weight.addValueChangeListener(change -> showSum());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("purchasedservice.ui.notice.remove-criterion"));
            layout = new HorizontalLayout(name, description, weight, remove);
            layout.setWidthFull();
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        private void remove() {
            criteria.remove(this);
            rows.remove(layout);
            showSum();
        }
    }
}
