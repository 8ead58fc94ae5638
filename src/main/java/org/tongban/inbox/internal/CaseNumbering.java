package org.tongban.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import org.tongban.base.SequenceNumbers;
import org.tongban.inbox.ProcessConventions;

/**
 * Case numbers and titles from a process's extension properties (see {@link ProcessConventions}): numbers are
 * {@code <prefix>-<yyyyMMdd>-<4-digit sequence of the day>}, gap-free per prefix and day.
 */
@Component
class CaseNumbering {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final String DEFAULT_PREFIX = "AJ";

    private final RepositoryService repositoryService;
    private final SequenceNumbers sequences;
    private final Clock clock;
    private final Map<String, Map<String, String>> propertiesByDefinition = new ConcurrentHashMap<>();

    CaseNumbering(RepositoryService repositoryService, SequenceNumbers sequences, Clock clock) {
        this.repositoryService = repositoryService;
        this.sequences = sequences;
        this.clock = clock;
    }

    String nextBusinessKey(ProcessDefinition definition) {
        String prefix = property(definition, ProcessConventions.BUSINESS_KEY_PREFIX).orElse(DEFAULT_PREFIX);
        String day = LocalDate.now(clock).format(DAY);
        long sequence = sequences.next("case:" + prefix + ":" + day);
        return String.format("%s-%s-%04d", prefix, day, sequence);
    }

    /** Fills the title template; placeholders without a value are left out. */
    String title(ProcessDefinition definition, Map<String, String> values) {
        String template = property(definition, ProcessConventions.CASE_TITLE)
                .orElse("{" + ProcessConventions.VAR_INITIATOR_NAME + "} · {processName}");
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder title = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(title, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(title);
        return title.toString().strip();
    }

    private Optional<String> property(ProcessDefinition definition, String name) {
        return Optional.ofNullable(propertiesByDefinition.computeIfAbsent(definition.getId(), this::readProperties).get(name))
                .filter(value -> !value.isBlank());
    }

    private Map<String, String> readProperties(String definitionId) {
        Map<String, String> properties = new ConcurrentHashMap<>();
        ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
        Process process = repositoryService.getBpmnModelInstance(definitionId).getModelElementById(definition.getKey());
        if (process == null || process.getExtensionElements() == null) {
            return properties;
        }
        Collection<CamundaProperties> groups = process.getExtensionElements().getChildElementsByType(CamundaProperties.class);
        for (CamundaProperties group : groups) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                if (property.getCamundaName() != null && property.getCamundaValue() != null) {
                    properties.put(property.getCamundaName(), property.getCamundaValue());
                }
            }
        }
        return properties;
    }
}
