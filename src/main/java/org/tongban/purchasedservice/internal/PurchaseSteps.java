package org.tongban.purchasedservice.internal;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.tongban.purchasedservice.PurchaseMethod;

/**
 * What the process does on its own ({@code ${purchaseSteps.recordMethod(projectId, methodResult)}}). Runs inside the
 * engine's transaction, which is the finance reviewer's.
 */
// Public: JUEL resolves methods of public classes only.
@Component("purchaseSteps")
public class PurchaseSteps {

    private final ServiceProjectsRepository projects;

    PurchaseSteps(ServiceProjectsRepository projects) {
        this.projects = projects;
    }

    /** The method the threshold table chose, why, and the shortest notice period it allows. */
    public void recordMethod(Long projectId, Map<String, Object> methodResult) {
        ServiceProject project = projects.lockById(projectId)
                .orElseThrow(() -> new IllegalStateException("No project " + projectId));
        project.methodDecided(PurchaseMethod.valueOf((String) methodResult.get("method")),
                (String) methodResult.get("rule"), (String) methodResult.get("ruleText"),
                ((Number) methodResult.get("noticeDays")).intValue(), Boolean.TRUE.equals(methodResult.get("workingDays")));
    }
}
