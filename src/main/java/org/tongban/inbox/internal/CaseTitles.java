package org.tongban.inbox.internal;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;
import org.tongban.inbox.ProcessConventions;

/** Case titles by process instance, running or ended, in one query (from history: the level is full). */
@Component
class CaseTitles {

    private final HistoryService historyService;

    CaseTitles(HistoryService historyService) {
        this.historyService = historyService;
    }

    Map<String, String> of(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        return historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new))
                .variableName(ProcessConventions.VAR_CASE_TITLE).list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(variable -> variable.getProcessInstanceId(),
                        variable -> variable.getValue().toString(), (first, second) -> first));
    }

    String of(String processInstanceId) {
        return of(java.util.List.of(processInstanceId)).get(processInstanceId);
    }
}
