package org.tongban.purchasedservice.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.catalog.EvaluationTemplate;
import org.tongban.purchasedservice.ProviderSelection.ContractDraft;
import org.tongban.purchasedservice.ProviderSelection.MilestoneDraft;

/**
 * 签订合同 as the manager records it: dates, the term (12 months offered; at most 36), the amount (the chosen price
 * offered), the indicator template and targets, and payment milestones whose shares are summed as they are typed.
 */
class ContractEditor extends Composite<VerticalLayout> {

    private final DatePicker signedOn = new DatePicker();
    private final DatePicker startOn = new DatePicker();
    private final TextField term = new TextField();
    private final TextField amount = new TextField();
    private final Select<EvaluationTemplate> template = new Select<>();
    private final TextArea targets;
    private final VerticalLayout rows = new VerticalLayout();
    private final List<MilestoneRow> milestones = new ArrayList<>();
    private final Span sum = new Span();

    ContractEditor(String chosenPrice, List<EvaluationTemplate> templates, LocalDate today) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        signedOn.setId("ps-contract-signed-on");
        signedOn.setLabel(getTranslation("purchasedservice.ui.contract.signed-on"));
        signedOn.setValue(today);
        startOn.setId("ps-contract-start-on");
        startOn.setLabel(getTranslation("purchasedservice.ui.contract.start-on"));
        startOn.setValue(today.plusDays(1));
        term.setId("ps-contract-term-months");
        term.setLabel(getTranslation("purchasedservice.ui.contract.term-months"));
        term.setHelperText(getTranslation("purchasedservice.ui.form.months-help"));
        term.setValue("12");
        amount.setId("ps-contract-amount-input");
        amount.setLabel(getTranslation("purchasedservice.ui.contract.amount"));
        amount.setValue(chosenPrice);
        amount.setSuffixComponent(new Span("元"));
        template.setId("ps-contract-template-select");
        template.setLabel(getTranslation("purchasedservice.ui.contract.template"));
        template.setItems(templates);
        template.setItemLabelGenerator(entry -> entry.code() + " · " + entry.name());
        templates.stream().findFirst().ifPresent(template::setValue);
        targets = PurchaseUi.textArea(this, "ps-contract-targets-input", "purchasedservice.ui.contract.targets", 2000);
        FormLayout form = new FormLayout(signedOn, startOn, term, amount, template, targets);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(targets, 2);
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("ps-contract-milestones");
        LocalDate start = today.plusDays(1);
        addRow(getTranslation("purchasedservice.ui.contract.milestone-start"), start.plusMonths(1), 30);
        addRow(getTranslation("purchasedservice.ui.contract.milestone-middle"), start.plusMonths(6), 40);
        addRow(getTranslation("purchasedservice.ui.contract.milestone-end"), start.plusMonths(12).minusDays(1), 30);
        Button add = new Button(getTranslation("purchasedservice.ui.contract.add-milestone"), VaadinIcon.PLUS.create(),
                click -> addRow("", null, null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sum.setId("ps-contract-sum");
        layout.add(form, new Span(getTranslation("purchasedservice.ui.contract.milestones")), rows,
                new HorizontalLayout(add, sum));
        showSum();
    }

    private void addRow(String name, LocalDate due, Integer percent) {
        MilestoneRow row = new MilestoneRow(name, due, percent);
        milestones.add(row);
        rows.add(row.layout);
        showSum();
    }

    private void showSum() {
        int total = milestones.stream().mapToInt(row -> row.percent.getValue() == null ? 0 : row.percent.getValue())
                .sum();
        sum.setText(getTranslation("purchasedservice.ui.contract.sum", total));
        sum.getStyle().set("color", total == 100 ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    ContractDraft draft() {
        return new ContractDraft(signedOn.getValue(), startOn.getValue(), term.getValue(), amount.getValue(),
                template.getValue() == null ? null : template.getValue().code(), targets.getValue(),
                milestones.stream().map(row -> new MilestoneDraft(row.name.getValue(), row.deliverable.getValue(),
                        row.due.getValue(), row.percent.getValue())).toList());
    }

    /** One milestone: name, deliverable, due date, share; removable. */
    private final class MilestoneRow {

        private final TextField name = new TextField();
        private final TextField deliverable = new TextField();
        private final DatePicker due = new DatePicker();
        private final IntegerField percent = new IntegerField();
        private final HorizontalLayout layout;

        MilestoneRow(String initialName, LocalDate initialDue, Integer initialPercent) {
            int index = milestones.size();
            name.setId("ps-milestone-name-" + index);
            name.setPlaceholder(getTranslation("purchasedservice.ui.contract.milestone"));
            name.setValue(initialName);
            deliverable.setId("ps-milestone-deliverable-" + index);
            deliverable.setPlaceholder(getTranslation("purchasedservice.ui.contract.deliverable"));
            deliverable.setValue(initialName.isEmpty() ? "" : getTranslation("purchasedservice.ui.contract.deliverable-default"));
            deliverable.setWidthFull();
            due.setId("ps-milestone-due-" + index);
            due.setValue(initialDue);
            percent.setId("ps-milestone-percent-" + index);
            percent.setPlaceholder("%");
            percent.setWidth("6em");
            percent.setValue(initialPercent);
            percent.addValueChangeListener(change -> showSum());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> remove());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("purchasedservice.ui.contract.remove-milestone"));
            layout = new HorizontalLayout(name, deliverable, due, percent, remove);
            layout.setWidthFull();
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        }

        private void remove() {
            milestones.remove(this);
            rows.remove(layout);
            showSum();
        }
    }
}
