package org.tongban.purchasedservice.internal;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.StaffPrincipal;
import org.tongban.inbox.TaskInbox;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * The one way the project services find a project and its open step: in the caller's scope (a refusal is audited),
 * the project locked so that two people racing on one step cannot both take it, completed through the inbox.
 */
@Component
class ProjectTasks {

    private final ServiceProjectsRepository projects;
    private final ProjectScope scope;
    private final CurrentStaff currentStaff;
    private final TaskService taskService;
    private final TaskInbox inbox;
    private final AuditTrail audit;
    private final Contracts contracts;
    private final ServiceProviders providers;

    ProjectTasks(ServiceProjectsRepository projects, ProjectScope scope, CurrentStaff currentStaff,
                 TaskService taskService, TaskInbox inbox, AuditTrail audit, Contracts contracts,
                 ServiceProviders providers) {
        this.contracts = contracts;
        this.providers = providers;
        this.projects = projects;
        this.scope = scope;
        this.currentStaff = currentStaff;
        this.taskService = taskService;
        this.inbox = inbox;
        this.audit = audit;
    }

    /** A project the caller may read. */
    ServiceProject readable(long projectId) {
        StaffPrincipal me = currentStaff.require();
        ServiceProject project = projects.findById(projectId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.project-not-found"));
        requireReadable(me, project);
        return project;
    }

    void requireReadable(StaffPrincipal me, ServiceProject project) {
        if (!scope.mayRead(me, project)) {
            audit.denied("purchasedservice.project.read", "project:" + project.projectNumber(), "outside scope");
            throw BusinessException.forbidden("purchasedservice.error.project-forbidden");
        }
    }

    /** A project the caller may read as its buyer, finance or evaluator, or as the contact of its provider. */
    ServiceProject readableByBuyerOrProvider(long projectId) {
        StaffPrincipal me = currentStaff.require();
        ServiceProject project = projects.findById(projectId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.project-not-found"));
        if (scope.mayRead(me, project) || isProviderOf(me, project)) {
            return project;
        }
        audit.denied("purchasedservice.project.read", "project:" + project.projectNumber(), "outside scope");
        throw BusinessException.forbidden("purchasedservice.error.project-forbidden");
    }

    /** Whether the caller signs in for the provider the project's contract is with. */
    boolean isProviderOf(StaffPrincipal me, ServiceProject project) {
        Optional<Contract> contract = contracts.findByProjectId(project.id());
        return contract.isPresent() && providerOf(me).filter(found -> found.code()
                .equals(contract.get().providerCode())).isPresent();
    }

    Optional<ServiceProvider> providerOf(StaffPrincipal me) {
        return providers.ofUser(me.getUsername());
    }

    /** A provider's step: the task of its contract's provider, taken by that provider's contact. */
    Step providerStep(String taskId, String expectedStep) {
        StaffPrincipal me = currentStaff.require();
        Task task = openTask(taskId);
        if (!expectedStep.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("purchasedservice.error.wrong-step");
        }
        ServiceProject project = projects.lockById(projectOf(task).id()).orElseThrow();
        if (!isProviderOf(me, project)) {
            audit.denied("purchasedservice.delivery", "project:" + project.projectNumber(), "not its provider");
            throw BusinessException.forbidden("purchasedservice.error.delivery-forbidden");
        }
        return new Step(project, me.getUsername(), task);
    }

    /** The open task of the expected step, with its project locked; the inbox checks who may complete it. */
    Step step(String taskId, String expectedStep) {
        StaffPrincipal me = currentStaff.require();
        Task task = openTask(taskId);
        if (!expectedStep.equals(task.getTaskDefinitionKey())) {
            throw BusinessException.conflict("purchasedservice.error.wrong-step");
        }
        ServiceProject project = projects.lockById(projectOf(task).id()).orElseThrow();
        requireReadable(me, project);
        return new Step(project, me.getUsername(), task);
    }

    Task openTask(String taskId) {
        Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw BusinessException.notFound("inbox.error.task-not-found");
        }
        return task;
    }

    ServiceProject projectOf(Task task) {
        Object id = taskService.getVariable(task.getId(), PurchaseProcess.VAR_PROJECT_ID);
        if (id instanceof Number projectId) {
            return projects.findById(projectId.longValue())
                    .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.project-not-found"));
        }
        throw BusinessException.notFound("purchasedservice.error.project-not-found");
    }

    /** Completes a step; a refusal raised inside the process reaches the user as itself. */
    void complete(String taskId, Map<String, Object> variables, String outcome, String opinion) {
        try {
            inbox.completeStep(taskId, variables, outcome, opinion);
        } catch (ProcessEngineException failure) {
            throw BusinessException.unwrap(failure);
        }
    }

    /** A step being taken: the locked project, who takes it and the task. */
    record Step(ServiceProject project, String actor, Task task) {
    }
}
