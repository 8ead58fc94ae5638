package org.tongban.catalog.ui;

import java.time.LocalDate;
import java.util.function.Consumer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.tongban.catalog.EvaluationTemplate;
import org.tongban.catalog.EvaluationTemplateAdministration;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateDraft;
import org.tongban.catalog.EvaluationTemplateAdministration.TemplateEntry;

/**
 * Adds an evaluation template or revises one; the code stays. A revision starts from the latest revision's whole
 * indicator tree, edited in {@link IndicatorTreeEditor}, and saves it whole as the next revision.
 */
class EvaluationTemplateDialog extends RevisionDialog<TemplateEntry> {

    private final transient EvaluationTemplateAdministration administration;

    private final TextField code = new TextField(getTranslation("catalog.evaluation-templates.code"));
    private final TextField name = new TextField(getTranslation("catalog.evaluation-templates.name"));
    private final TextArea source = new TextArea(getTranslation("catalog.evaluation-templates.source"));
    private final IndicatorTreeEditor indicators;

    EvaluationTemplateDialog(EvaluationTemplateAdministration administration, TemplateEntry latest, LocalDate today,
                             Consumer<TemplateEntry> onSaved) {
        super(ListScreen.EVALUATION_TEMPLATES, latest == null ? null : EvaluationTemplatesView.revision(latest), today,
                EvaluationTemplateAdministration.REASON_MAX, EvaluationTemplatesView::revision, onSaved);
        this.administration = administration;
        setWidth("min(72rem, 95vw)");

        code.setId("evaluation-template-code");
        code.setHelperText(getTranslation("catalog.evaluation-templates.code-help"));
        name.setId("evaluation-template-name");
        name.setMaxLength(EvaluationTemplateAdministration.NAME_MAX);
        source.setId("evaluation-template-source");
        source.setMaxLength(EvaluationTemplateAdministration.SOURCE_MAX);
        code.setRequiredIndicatorVisible(true);
        name.setRequiredIndicatorVisible(true);
        // The service's refusals decide what is invalid; the fields must not clear them by validating themselves.
        code.setManualValidation(true);
        name.setManualValidation(true);
        source.setManualValidation(true);
        indicators = new IndicatorTreeEditor(latest == null ? null : latest.template());

        refusals.on("code-", code)
                .on("name-", name)
                .on("source-", source)
                .on("roots-", indicators)
                .on("indicator", indicators)
                .on("weight-", indicators)
                .on("scoring-rule-", indicators)
                .on("children-", indicators)
                .on("too-deep", indicators);
        FormLayout fields = new FormLayout(code, effectiveFrom, name, source);
        fields.setColspan(name, 2);
        fields.setColspan(source, 2);
        if (latest != null) {
            fill(latest.template());
        }
        addForm(fields);
        add(indicators);
    }

    private void fill(EvaluationTemplate template) {
        code.setValue(template.code());
        code.setReadOnly(true);
        name.setValue(template.name());
        source.setValue(template.source());
    }

    private TemplateDraft draft() {
        return new TemplateDraft(code.getValue(), name.getValue(), indicators.indicators(), source.getValue(),
                effectiveFrom.getValue());
    }

    @Override
    protected TemplateEntry create() {
        return administration.create(draft());
    }

    @Override
    protected TemplateEntry revise(Revision latest, String reason) {
        return administration.revise(latest.code(), latest.number(), draft(), reason);
    }
}
