package org.tongban.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.tongban.inbox.FormSubmissionRejected;
import org.tongban.inbox.form.FieldError;
import org.tongban.inbox.form.FormCatalog;
import org.tongban.inbox.form.FormComponent;
import org.tongban.inbox.form.FormSchema;
import org.tongban.inbox.form.FormValidator;
import org.tongban.inbox.form.FormValues;

/**
 * The inbox's one door to the form engine: fetches a task's or start event's form from its Camunda deployment (the
 * deployed copy is authoritative, so a running case keeps the form it started with), validates submissions and maps
 * them to process variables.
 */
@Component
class InboxForms {

    private final FormService formService;
    private final FormCatalog catalog;
    private final FormValidator validator;
    private final FormValues formValues;
    /** Parsed forms by deployment and form key: deployments never change. */
    private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

    InboxForms(FormService formService, FormCatalog catalog, FormValidator validator, FormValues formValues) {
        this.formService = formService;
        this.catalog = catalog;
        this.validator = validator;
        this.formValues = formValues;
    }

    /** The task's form, or empty when the task has none. The task must be fetched with {@code initializeFormKeys()}. */
    Optional<FormSchema> taskForm(Task task, String deploymentId) {
        String formKey = task.getFormKey() != null ? task.getFormKey()
                : task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey();
        if (formKey == null) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(deploymentId + "|" + formKey,
                cacheKey -> parse(formKey, formService.getDeployedTaskForm(task.getId()))));
    }

    Optional<FormSchema> startForm(ProcessDefinition definition) {
        String formKey = formService.getStartFormKey(definition.getId());
        if (formKey == null) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(definition.getDeploymentId() + "|" + formKey,
                cacheKey -> parse(formKey, formService.getDeployedStartForm(definition.getId()))));
    }

    /** Values to show in the form, from the case's variables. */
    Map<String, Object> prefill(FormSchema form, Map<String, Object> variables) {
        return formValues.fromVariables(form, variables);
    }

    /** Validated variables for the engine; refuses the whole submission when any field is wrong. */
    VariableMap toVariables(Optional<FormSchema> form, Map<String, Object> submitted) {
        if (form.isEmpty()) {
            if (!submitted.isEmpty()) {
                throw new FormSubmissionRejected(submitted.keySet().stream()
                        .map(key -> new FieldError(key, key, "form.error.unknown-field", List.of(key))).toList());
            }
            return Variables.createVariables();
        }
        List<FieldError> errors = validator.validate(form.get(), submitted);
        if (!errors.isEmpty()) {
            throw new FormSubmissionRejected(errors);
        }
        return formValues.toVariables(form.get(), submitted);
    }

    /** The decision label (e.g. 同意) and opinion text recorded in the case history. */
    Decision decisionOf(Optional<FormSchema> form, Map<String, Object> submitted) {
        if (form.isEmpty()) {
            return new Decision(null, null);
        }
        String outcome = form.get().outcomeField().map(field -> display(field, submitted.get(field.key()))).orElse(null);
        String opinion = form.get().commentField().map(field -> submitted.get(field.key()))
                .map(Object::toString).filter(text -> !text.isBlank()).orElse(null);
        return new Decision(outcome, opinion);
    }

    /** The text a value shows as, e.g. the option label rather than its code; used in case titles. */
    String display(FormComponent field, Object value) {
        return formValues.displayText(field, value, org.tongban.base.Messages.currentLocale());
    }

    private FormSchema parse(String formKey, InputStream stream) {
        try (InputStream in = stream) {
            return catalog.parse(formKey, in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read deployed form " + formKey, e);
        }
    }

    /** What a completed task decided. */
    record Decision(String outcome, String opinion) {
    }
}
