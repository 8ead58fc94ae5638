package org.tongban.workaccess.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tongban.catalog.WorkItem;
import org.tongban.catalog.WorkItemKind;
import org.tongban.catalog.WorkItemList;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.OrgUnitKind;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.DispatchRefusal;

/**
 * Holds every process model to the dispatch gate: when a user task is about to be offered to a community (a
 * {@code community:…} candidate group), the process must either declare the listed community duty it carries out
 * (process extension property {@value #BASIS_PROPERTY} = {@code listed:WI-D07}, checked against the list in force) or
 * carry an admitted decision ({@value #VAR_DECISION}) of the dispatching department ({@value #VAR_DEPARTMENT}) that
 * covers that community. Otherwise the task is not created: the engine's transaction rolls back, and the attempt is
 * recorded like any refused dispatch.
 */
@Component
class CommunityTaskGuard extends AbstractProcessEnginePlugin {

    /** Process extension property naming the list entry a process carries out, e.g. {@code listed:WI-D07}. */
    static final String BASIS_PROPERTY = "communityWorkBasis";
    /** Variable: the access decision number the community tasks rest on. */
    static final String VAR_DECISION = "workAccessDecision";
    /** Variable: the department that dispatches the work. */
    static final String VAR_DEPARTMENT = "dispatchingDepartment";
    private static final String LISTED_PREFIX = "listed:";

    private final ObjectProvider<DispatchGate> gate;
    private final ObjectProvider<WorkItemList> workItems;
    private final ObjectProvider<RefusalLog> refusalLog;
    private final Clock clock;

    CommunityTaskGuard(ObjectProvider<DispatchGate> gate, ObjectProvider<WorkItemList> workItems,
                       ObjectProvider<RefusalLog> refusalLog, Clock clock) {
        this.gate = gate;
        this.workItems = workItems;
        this.refusalLog = refusalLog;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity definition) {
                guard(definition, new Listener(definition.getKey(), basisOf(processElement)));
            }
        });
    }

    private static void guard(ScopeImpl scope, TaskListener listener) {
        for (ActivityImpl activity : scope.getActivities()) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
            guard(activity, listener);
        }
    }

    private static String basisOf(Element processElement) {
        Element extensions = processElement.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if (BASIS_PROPERTY.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }

    private final class Listener implements TaskListener {

        private final String processKey;
        private final String basis;

        Listener(String processKey, String basis) {
            this.processKey = processKey;
            this.basis = basis;
        }

        @Override
        public void notify(DelegateTask task) {
            List<String> communities = new ArrayList<>();
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    CandidateGroups.parse(link.getGroupId())
                            .filter(group -> group.unitKind() == OrgUnitKind.COMMUNITY)
                            .ifPresent(group -> communities.add(group.unitCode()));
                }
            }
            if (communities.isEmpty()) {
                return;
            }
            if (basis != null) {
                checkListed(task, communities);
                return;
            }
            String decision = text(task.getVariable(VAR_DECISION));
            String department = text(task.getVariable(VAR_DEPARTMENT));
            LocalDate dueOn = task.getDueDate() == null ? null
                    : task.getDueDate().toInstant().atZone(clock.getZone()).toLocalDate();
            for (String community : communities) {
                Optional<DispatchRefusal> refusal = decision != null && department == null
                        ? Optional.of(DispatchRefusal.NOT_OWNER)
                        : gate.getObject().check(decision, department, community, dueOn);
                if (refusal.isPresent()) {
                    throw refused(task, department, decision, communities, refusal.get(), community);
                }
            }
        }

        private void checkListed(DelegateTask task, List<String> communities) {
            String code = basis.startsWith(LISTED_PREFIX) ? basis.substring(LISTED_PREFIX.length()).strip() : "";
            Optional<WorkItem> item = workItems.getObject().find(code, LocalDate.now(clock))
                    .filter(found -> found.kind() != WorkItemKind.NEGATIVE);
            if (item.isEmpty()) {
                throw refused(task, null, basis, communities, DispatchRefusal.NOT_LISTED, communities.get(0));
            }
        }

        private RuntimeException refused(DelegateTask task, String department, String decision,
                                         List<String> communities, DispatchRefusal reason, String community) {
            refusalLog.getObject().record(currentUser(), department, decision, DispatchChannel.PROCESS,
                    processKey + " · " + task.getName(), communities, reason, "流程 " + processKey + " 社区 " + community);
            return new org.tongban.workaccess.DispatchRefused(reason, decision == null ? "" : decision, community);
        }

        private String currentUser() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication == null ? null : authentication.getName();
        }

        private String text(Object value) {
            return value == null || value.toString().isBlank() ? null : value.toString().strip();
        }
    }
}
