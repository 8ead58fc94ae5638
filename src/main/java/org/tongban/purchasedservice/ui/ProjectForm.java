package org.tongban.purchasedservice.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tongban.base.BusinessException;
import org.tongban.base.ui.Notifications;
import org.tongban.purchasedservice.BudgetLineEntry;
import org.tongban.purchasedservice.Circumstance;
import org.tongban.purchasedservice.ProjectDetail;
import org.tongban.purchasedservice.ProjectDraft;
import org.tongban.purchasedservice.ProposalEntry;

/**
 * 立项 as the project manager enters it, for a new project and for 修改立项. It checks nothing itself: amounts and
 * months stay text, and the service's refusal is shown on the field it concerns.
 */
class ProjectForm extends Composite<FormLayout> {

    private static final String ERROR_PREFIX = "purchasedservice.error.";

    private final ComboBox<ProposalEntry> proposal = new ComboBox<>();
    private final TextField title = new TextField();
    private final TextArea need;
    private final TextArea targetGroup;
    private final TextArea content;
    private final TextArea outputs;
    private final TextArea outcomes;
    private final ComboBox<BudgetLineEntry> budgetLine = new ComboBox<>();
    private final TextField amount = new TextField();
    private final TextField months = new TextField();
    private final Select<Circumstance> circumstance = new Select<>();
    private final TextArea justification;
    private final Checkbox publicCommitment = new Checkbox();
    private final Map<String, Supplier<Component>> fieldsByError = new LinkedHashMap<>();

    ProjectForm(List<BudgetLineEntry> lines, List<ProposalEntry> proposals) {
        FormLayout form = getContent();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        if (!proposals.isEmpty()) {
            proposal.setId("ps-form-proposal");
            proposal.setLabel(getTranslation("purchasedservice.ui.form.proposal"));
            proposal.setHelperText(getTranslation("purchasedservice.ui.form.proposal-help"));
            proposal.setItems(proposals);
            proposal.setItemLabelGenerator(entry -> entry.requestNumber() + " · " + entry.title());
            proposal.setClearButtonVisible(true);
            proposal.addValueChangeListener(change -> fromProposal(change.getValue()));
            form.setColspan(proposal, 2);
            form.add(proposal);
        }
        title.setId("ps-form-title");
        title.setLabel(getTranslation("purchasedservice.ui.form.title"));
        title.setMaxLength(100);
        form.setColspan(title, 2);
        need = area("ps-form-need", "purchasedservice.ui.form.need", 2000);
        targetGroup = area("ps-form-target-group", "purchasedservice.ui.form.target-group", 500);
        content = area("ps-form-content", "purchasedservice.ui.form.content", 2000);
        outputs = area("ps-form-outputs", "purchasedservice.ui.form.outputs", 1000);
        outcomes = area("ps-form-outcomes", "purchasedservice.ui.form.outcomes", 1000);
        form.add(title, need, targetGroup, content, outputs, outcomes);
        for (TextArea wide : List.of(need, content)) {
            form.setColspan(wide, 2);
        }

        budgetLine.setId("ps-form-budget-line");
        budgetLine.setLabel(getTranslation("purchasedservice.ui.form.budget-line"));
        budgetLine.setItems(lines);
        budgetLine.setItemLabelGenerator(line -> getTranslation("purchasedservice.ui.budget-line.label", line.code(),
                line.name(), PurchaseUi.yuan(line.available())));
        if (lines.size() == 1) {
            budgetLine.setValue(lines.get(0));
        }
        amount.setId("ps-form-amount");
        amount.setLabel(getTranslation("purchasedservice.ui.form.amount"));
        amount.setSuffixComponent(new com.vaadin.flow.component.html.Span("元"));
        months.setId("ps-form-months");
        months.setLabel(getTranslation("purchasedservice.ui.form.months"));
        months.setHelperText(getTranslation("purchasedservice.ui.form.months-help"));
        months.setValue("12");
        circumstance.setId("ps-form-circumstance");
        circumstance.setLabel(getTranslation("purchasedservice.ui.form.circumstance"));
        circumstance.setItems(Circumstance.values());
        circumstance.setItemLabelGenerator(value -> getTranslation(value.messageKey()));
        circumstance.setValue(Circumstance.NONE);
        justification = area("ps-form-justification", "purchasedservice.ui.form.justification", 1000);
        justification.setHelperText(getTranslation("purchasedservice.ui.form.justification-help"));
        justification.setVisible(false);
        circumstance.addValueChangeListener(change -> justification.setVisible(
                change.getValue() != null && change.getValue().needsJustification()));
        publicCommitment.setId("ps-form-public-commitment");
        publicCommitment.setLabel(getTranslation("purchasedservice.ui.form.public-commitment"));
        form.add(budgetLine, amount, months, circumstance, justification, publicCommitment);
        form.setColspan(justification, 2);
        form.setColspan(publicCommitment, 2);
        mapErrors();
    }

    private TextArea area(String id, String labelKey, int max) {
        TextArea area = PurchaseUi.textArea(this, id, labelKey, max);
        area.setMinRows(2);
        return area;
    }

    /** A proposal fills what the manager has not written yet. */
    private void fromProposal(ProposalEntry chosen) {
        if (chosen == null) {
            return;
        }
        if (title.isEmpty()) {
            title.setValue(chosen.title().length() > 100 ? chosen.title().substring(0, 100) : chosen.title());
        }
        if (content.isEmpty() && chosen.content() != null) {
            content.setValue(chosen.content());
        }
    }

    ProjectDraft draft() {
        return new ProjectDraft(title.getValue(), need.getValue(), targetGroup.getValue(), content.getValue(),
                outputs.getValue(), outcomes.getValue(), amount.getValue(),
                budgetLine.getValue() == null ? null : budgetLine.getValue().code(), months.getValue(),
                circumstance.getValue(), justification.getValue(), publicCommitment.getValue(),
                proposal.getValue() == null ? null : proposal.getValue().id());
    }

    /** The project as it stands, to revise after a return. */
    void fill(ProjectDetail detail) {
        proposal.setVisible(false);
        title.setValue(detail.title());
        need.setValue(detail.need());
        targetGroup.setValue(detail.targetGroup());
        content.setValue(detail.content());
        outputs.setValue(detail.outputs());
        outcomes.setValue(detail.outcomes());
        amount.setValue(detail.budgetAmount().toPlainString());
        months.setValue(Integer.toString(detail.durationMonths()));
        circumstance.setValue(detail.circumstance());
        justification.setValue(detail.justification() == null ? "" : detail.justification());
        publicCommitment.setValue(detail.publicCommitment());
        if (detail.budgetLine() != null) {
            budgetLine.getListDataView().getItems().filter(line -> line.id() == detail.budgetLine().id()).findFirst()
                    .ifPresent(budgetLine::setValue);
        }
    }

    /** Shows the refusal on its field (and focuses it) and as a notice. */
    void refused(BusinessException refusal) {
        String message = PurchaseUi.describe(this, refusal);
        fieldsByError.values().forEach(field -> ((HasValidation) field.get()).setInvalid(false));
        String key = refusal.messageKey().startsWith(ERROR_PREFIX)
                ? refusal.messageKey().substring(ERROR_PREFIX.length()) : "";
        fieldsByError.entrySet().stream().filter(entry -> key.startsWith(entry.getKey())).findFirst()
                .map(entry -> entry.getValue().get()).ifPresent(field -> {
                    ((HasValidation) field).setErrorMessage(message);
                    ((HasValidation) field).setInvalid(true);
                    if (field instanceof Focusable<?> focusable) {
                        focusable.focus();
                    }
                });
        Notifications.error(message);
    }

    void focus() {
        title.focus();
    }

    private void mapErrors() {
        fieldsByError.put("title-", () -> title);
        fieldsByError.put("need-", () -> need);
        fieldsByError.put("target-group-", () -> targetGroup);
        fieldsByError.put("content-", () -> content);
        fieldsByError.put("outputs-", () -> outputs);
        fieldsByError.put("outcomes-", () -> outcomes);
        fieldsByError.put("amount-", () -> amount);
        fieldsByError.put("budget-line-", () -> budgetLine);
        fieldsByError.put("duration-", () -> months);
        fieldsByError.put("circumstance-", () -> circumstance);
        fieldsByError.put("justification-", () -> justification);
        fieldsByError.put("proposal-", () -> proposal);
    }
}
