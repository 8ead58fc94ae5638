package org.tongban.inbox.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.base.ClasspathResources;

/**
 * The Camunda Forms shipped with Tongban ({@code classpath*:forms/**}{@code /*.form}), parsed once at start-up: an
 * invalid form, such as one with a component type we do not render, stops the application from starting rather than
 * failing at a citizen's counter.
 *
 * <p>For a task, prefer {@link #parse} on the form Camunda deployed ({@code formService.getDeployedTaskForm}): the
 * deployed copy is the one the process runs with, even after a newer version ships.
 */
@Component
public class FormCatalog {

    static final String DEFAULT_ROOT = "forms/";
    private static final String SUFFIX = ".form";
    private static final Logger log = LoggerFactory.getLogger(FormCatalog.class);

    private final Map<String, FormSchema> formsByResourceName;

    public FormCatalog() {
        this(DEFAULT_ROOT);
    }

    /** Loads the forms under another classpath folder, e.g. {@code forms-test/valid/}; for tests. */
    FormCatalog(String root) {
        Map<String, FormSchema> forms = new TreeMap<>();
        ClasspathResources.find(root, SUFFIX, FormCatalog.class.getClassLoader()).forEach((resourceName, resource) -> {
            try (InputStream json = resource.getInputStream()) {
                forms.put(resourceName, parse(resourceName, json));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resourceName, e);
            }
        });
        this.formsByResourceName = Collections.unmodifiableMap(forms);
        log.info("Loaded {} Camunda form(s) from classpath:{}", forms.size(), root);
    }

    /** The shipped form with this resource name, e.g. {@code forms/demo/DemoLeaveRequest.form}. */
    public Optional<FormSchema> byResourceName(String resourceName) {
        return Optional.ofNullable(formsByResourceName.get(resourceName));
    }

    /** Every shipped form, by resource name. */
    public List<FormSchema> all() {
        return List.copyOf(formsByResourceName.values());
    }

    /**
     * Parses a form fetched elsewhere, typically from a Camunda deployment.
     *
     * @throws InvalidFormException naming the resource, the component and the problem
     */
    public FormSchema parse(String resourceName, InputStream json) {
        return FormSchemaParser.parse(resourceName, json);
    }
}
