package org.tongban.purchasedservice.internal;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.tongban.identity.CandidateGroups;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitKind;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.identity.Roles;
import org.tongban.inbox.ProcessConventions;

/**
 * Starts the processes of a project's life, one after the other, in the transaction of the step that ends the one
 * before: each with the project's id, its number as business key, the groups its tasks go to and a case title.
 */
@Component
class ProcessStarts {

    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final Directory directory;
    private final PurchaseSettings settings;
    private final Clock clock;

    ProcessStarts(RuntimeService runtimeService, IdentityService identityService, Directory directory,
                  PurchaseSettings settings, Clock clock) {
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.directory = directory;
        this.settings = settings;
        this.clock = clock;
    }

    /** 立项 → 经费预算 → 公告; returns the process instance's id. */
    String initiation(ServiceProject project, String initiator) {
        Map<String, Object> variables = common(project, initiator);
        variables.put(PurchaseProcess.VAR_FINANCE_GROUP, financeGroup());
        return start(PurchaseProcess.KEY, project, variables, initiator);
    }

    /** Waits for the notice's deadline, then the panel (ProviderSelection.bpmn). */
    void selection(ServiceProject project) {
        Map<String, Object> variables = common(project, project.manager());
        variables.put(PurchaseProcess.VAR_BID_DEADLINE, Date.from(project.bidDeadline().atZone(clock.getZone())
                .toInstant()));
        start(PurchaseProcess.SELECTION_KEY, project, variables, project.manager());
    }

    /** The milestones in their order, then the acceptance (ServiceDelivery.bpmn). */
    void delivery(ServiceProject project, Contract contract, List<Long> milestoneIds) {
        Map<String, Object> variables = common(project, project.manager());
        variables.put(PurchaseProcess.VAR_PROVIDER_GROUP, providerGroup(contract.providerCode()));
        variables.put(PurchaseProcess.VAR_MILESTONES, milestoneIds);
        start(PurchaseProcess.DELIVERY_KEY, project, variables, project.manager());
    }

    /** A change decided by finance (budget) or the buying unit's reviewer (ContractChange.bpmn). */
    void change(ServiceProject project, ChangeRequest change, String requester) {
        Map<String, Object> variables = common(project, requester);
        variables.put(PurchaseProcess.VAR_CHANGE_ID, change.id());
        variables.put(PurchaseProcess.VAR_APPROVER_GROUP, change.kind() == org.tongban.purchasedservice.Delivery
                .ChangeKind.BUDGET ? financeGroup() : unitGroup(project, Roles.DEPARTMENT_REVIEWER));
        start(PurchaseProcess.CHANGE_KEY, project, variables, requester);
    }

    /** Evaluators, grade, the provider's view, the final payment and closure (PerformanceEvaluation.bpmn). */
    void evaluation(ServiceProject project, Contract contract) {
        Map<String, Object> variables = common(project, project.manager());
        variables.put(PurchaseProcess.VAR_PROVIDER_GROUP, providerGroup(contract.providerCode()));
        start(PurchaseProcess.EVALUATION_KEY, project, variables, project.manager());
    }

    /** Six-monthly public reviews of a public-commitment project until it closes (PublicCommitmentReview.bpmn). */
    void publicReviews(ServiceProject project) {
        start(PurchaseProcess.PUBLIC_REVIEW_KEY, project, common(project, project.manager()), project.manager());
    }

    /** Ends the public reviews of a closed project, if it had any. */
    void closed(ServiceProject project) {
        runtimeService.createMessageCorrelation(PurchaseProcess.MESSAGE_PROJECT_CLOSED)
                .processInstanceBusinessKey(project.projectNumber()).correlateAllWithResult();
    }

    String providerGroup(String providerCode) {
        OrgUnitSummary unit = directory.findUnit(providerCode).orElseThrow();
        return CandidateGroups.unitRole(unit.kind(), unit.code(), Roles.PROVIDER);
    }

    private String financeGroup() {
        return CandidateGroups.unitRole(OrgUnitKind.DEPARTMENT, settings.financeDepartment(),
                PurchaseProcess.FINANCE_ROLE);
    }

    private String unitGroup(ServiceProject project, String role) {
        OrgUnitSummary unit = directory.findUnit(project.departmentCode()).orElseThrow();
        return CandidateGroups.unitRole(unit.kind(), unit.code(), role);
    }

    private Map<String, Object> common(ServiceProject project, String initiator) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PurchaseProcess.VAR_PROJECT_ID, project.id());
        variables.put(PurchaseProcess.VAR_MANAGER_GROUP, unitGroup(project, Roles.PROJECT_MANAGER));
        variables.put(ProcessConventions.VAR_CASE_TITLE, project.projectNumber() + " · " + project.title());
        variables.put(ProcessConventions.VAR_INITIATOR, initiator);
        return variables;
    }

    private String start(String key, ServiceProject project, Map<String, Object> variables, String initiator) {
        identityService.setAuthenticatedUserId(initiator);
        try {
            return runtimeService.startProcessInstanceByKey(key, project.projectNumber(), variables).getId();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
