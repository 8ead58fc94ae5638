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

    /**
     * Values to show in the form, from the case's variables. The step's own decision and opinion start empty: after
     * a loop (退回 → 重新提交) the previous round's decision must not be resubmitted by a careless Ctrl+Enter.
     */
    Map<String, Object> prefill(FormSchema form, Map<String, Object> variables) {
        Map<String, Object> values = new java.util.HashMap<>(formValues.fromVariables(form, variables));
        java.util.stream.Stream.of(form.outcomeField(), form.commentField())
                .flatMap(Optional::stream)
                .filter(FormComponent::isEditable)
                .forEach(field -> values.remove(field.key()));
        return values;
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
        Map<String, Object> complete = withDefaults(form.get(), submitted);
        List<FieldError> errors = validator.validate(form.get(), complete);
        if (!errors.isEmpty()) {
            throw new FormSubmissionRejected(errors);
        }
        return formValues.toVariables(form.get(), complete);
    }

    /**
     * Fields a client left out take the form's default, and an unticked checkbox is false, as on screen: a process
     * expression such as {@code ${urgent ? 80 : 50}} must never meet a missing variable.
     */
    private static Map<String, Object> withDefaults(FormSchema form, Map<String, Object> submitted) {
        Map<String, Object> complete = new java.util.HashMap<>(submitted);
        for (FormComponent field : form.fields()) {
            if (!field.isEditable() || complete.containsKey(field.key())) {
                continue;
            }
            if (field.defaultValue() != null) {
                complete.put(field.key(), field.defaultValue());
            } else if (field.type() == org.tongban.inbox.form.FormComponentType.CHECKBOX) {
                complete.put(field.key(), Boolean.FALSE);
            }
        }
        return complete;
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

    /**
     * The text a value shows as, e.g. the option label rather than its code. Used for what is stored and shown to
     * everyone (case titles, decisions), so always in the platform's language, not the current user's.
     */
    String display(FormComponent field, Object value) {
        return formValues.displayText(field, value, org.tongban.base.Messages.DEFAULT_LOCALE);
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
