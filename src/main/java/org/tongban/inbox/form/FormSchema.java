package org.tongban.inbox.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed Camunda Form. {@code resourceName} is the name in the Camunda deployment (and on the classpath), e.g.
 * {@code forms/onewindow/AcceptApplication.form}.
 */
public record FormSchema(String id, String resourceName, List<FormComponent> components) {

    /** Custom property marking the select or radio field whose chosen label is the task's outcome (同意/退回). */
    public static final String OUTCOME_PROPERTY = "outcome";
    /** Custom property marking the free-text opinion field (意见). */
    public static final String COMMENT_PROPERTY = "comment";

    public FormSchema {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(resourceName, "resourceName");
        components = List.copyOf(components);
    }

    /** Every input, groups flattened, in the order the form shows them. */
    public List<FormComponent> fields() {
        List<FormComponent> fields = new ArrayList<>();
        collectFields(components, fields);
        return List.copyOf(fields);
    }

    public Optional<FormComponent> field(String key) {
        return fields().stream().filter(field -> field.key().equals(key)).findFirst();
    }

    /** The field whose option label is shown as the outcome in case history; the parser allows at most one. */
    public Optional<FormComponent> outcomeField() {
        return fields().stream().filter(field -> field.hasFlag(OUTCOME_PROPERTY)).findFirst();
    }

    /** The free-text opinion field shown in case history; the parser allows at most one. */
    public Optional<FormComponent> commentField() {
        return fields().stream().filter(field -> field.hasFlag(COMMENT_PROPERTY)).findFirst();
    }

    private static void collectFields(List<FormComponent> components, List<FormComponent> into) {
        for (FormComponent component : components) {
            if (component.isInput()) {
                into.add(component);
            }
            collectFields(component.children(), into);
        }
    }
}
