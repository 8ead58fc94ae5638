package org.tongban.inbox.internal;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.tongban.inbox.CarbonCopies;
import org.tongban.inbox.CopiedCase;
import org.tongban.inbox.ProcessConventions;

/**
 * 抄送 from BPMN: a service task with {@code camunda:delegateExpression="${carbonCopy}"} and input parameters
 * {@code recipients} (comma-separated candidate groups or {@code user:<name>}) and optional {@code note}. The sender
 * is whoever completed the step that led here, else the initiator.
 */
@Component("carbonCopy")
class CarbonCopyDelegate implements JavaDelegate {

    static final String RECIPIENTS = "recipients";
    static final String NOTE = "note";

    private final CarbonCopies carbonCopies;

    CarbonCopyDelegate(CarbonCopies carbonCopies) {
        this.carbonCopies = carbonCopies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object recipients = execution.getVariableLocal(RECIPIENTS);
        if (recipients == null || recipients.toString().isBlank()) {
            throw new IllegalStateException("Carbon copy task " + execution.getCurrentActivityId()
                    + " declares no recipients input parameter");
        }
        List<String> groups = Arrays.stream(recipients.toString().split(",")).map(String::trim)
                .filter(value -> !value.isEmpty()).toList();
        Object note = execution.getVariableLocal(NOTE);
        carbonCopies.copy(copiedCase(execution), groups, sender(execution), note == null ? null : note.toString());
    }

    /** From the execution, not the history tables: a copy before the first wait state is not flushed there yet. */
    private static CopiedCase copiedCase(DelegateExecution execution) {
        ProcessDefinition definition = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId());
        Object title = execution.getVariable(ProcessConventions.VAR_CASE_TITLE);
        return new CopiedCase(execution.getProcessInstanceId(),
                definition.getName() == null ? definition.getKey() : definition.getName(),
                execution.getProcessBusinessKey(), title == null ? null : title.toString());
    }

    private static String sender(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        Object initiator = execution.getVariable(ProcessConventions.VAR_INITIATOR);
        return initiator == null ? null : initiator.toString();
    }
}
