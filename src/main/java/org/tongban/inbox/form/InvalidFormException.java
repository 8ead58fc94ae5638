package org.tongban.inbox.form;

/**
 * A form file Tongban cannot render faithfully. A modelling error, meant for whoever edits the form: the message is
 * English and names the resource, the component and the problem.
 */
public class InvalidFormException extends RuntimeException {

    private final String resourceName;
    private final String componentId;
    private final String problem;

    public InvalidFormException(String resourceName, String componentId, String problem) {
        this(resourceName, componentId, problem, null);
    }

    public InvalidFormException(String resourceName, String componentId, String problem, Throwable cause) {
        super("Invalid form " + resourceName + (componentId == null ? "" : ", component " + componentId) + ": " + problem,
                cause);
        this.resourceName = resourceName;
        this.componentId = componentId;
        this.problem = problem;
    }

    public String resourceName() {
        return resourceName;
    }

    /** The component's id, or its position such as {@code components[2]} when it has none; {@code null} for the form. */
    public String componentId() {
        return componentId;
    }

    public String problem() {
        return problem;
    }
}
