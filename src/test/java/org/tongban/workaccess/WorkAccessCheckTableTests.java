package org.tongban.workaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.testing.ProcessModels;

/**
 * The access check table of processes/workaccess, evaluated on its own for every combination of its inputs, and the
 * two work-access processes read as models: valid, fully drawn, with the element ids the Java services rely on.
 */
class WorkAccessCheckTableTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision CHECK = parse();

    private static DmnDecision parse() {
        try (InputStream in = ProcessModels.resource("processes/workaccess/WorkAccessCheck.dmn")) {
            return DMN.parseDecision("WorkAccessCheck", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}, funding {1}, negative hint {2} → {3} ({4})")
    @CsvSource({
            // Negative list: refused whatever the funding.
            "NEGATIVE, true,  true,  REFUSED,  R1",
            "NEGATIVE, true,  false, REFUSED,  R1",
            "NEGATIVE, false, true,  REFUSED,  R1",
            "NEGATIVE, false, false, REFUSED,  R1",
            // Words of the negative list in a listed item: civil affairs decide what it is.
            "DUTY,     true,  true,  REVIEW,   R2",
            "DUTY,     false, true,  REVIEW,   R2",
            "ASSIST,   true,  true,  REVIEW,   R2",
            "ASSIST,   false, true,  REVIEW,   R2",
            // Statutory duties: admitted, funded or not.
            "DUTY,     true,  false, ADMITTED, R3",
            "DUTY,     false, false, ADMITTED, R3",
            // Assisting the government: the money follows the work.
            "ASSIST,   true,  false, ADMITTED, R4",
            "ASSIST,   false, false, REFUSED,  R5",
            // Not on the list: civil affairs review, the county decides.
            "NONE,     true,  true,  REVIEW,   R6",
            "NONE,     true,  false, REVIEW,   R6",
            "NONE,     false, true,  REVIEW,   R6",
            "NONE,     false, false, REVIEW,   R6"
    })
    void decidesEveryCombinationByExactlyOneRule(String itemKind, boolean fundingProvided, boolean negativeHint,
                                                 String outcome, String rule) {
        Map<String, Object> variables = Variables.createVariables().putValue("itemKind", itemKind)
                .putValue("fundingProvided", fundingProvided).putValue("negativeHint", negativeHint);
        // UNIQUE: evaluation fails if two rules match, so one result means one rule.
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(CHECK, variables).getSingleResult();
        assertThat(result).isNotNull();
        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((String) result.getEntry("rule")).isEqualTo(rule);
        assertThat((String) result.getEntry("ruleText")).isNotBlank();
    }

    @Test
    void reviewProcessIsValidDrawnAndHasTheIdsTheServicesUse() {
        BpmnModelInstance model = ProcessModels.readDrawnModel("processes/workaccess/WorkAccessReview.bpmn");
        ProcessModels.assertIds(model, "WorkAccessReview",
                "StartEvent_Submitted", "BusinessRuleTask_Check", "ServiceTask_RecordCheck", "Gateway_CheckOutcome",
                "SubProcess_Review", "StartEvent_Review", "Task_Review", "Gateway_ReviewDecision",
                "Task_CountyApproval", "EndEvent_ReviewDone", "BoundaryEvent_Warning", "ServiceTask_Remind",
                "EndEvent_Reminded", "BoundaryEvent_Overdue", "Task_Supervise", "EndEvent_Supervised",
                "Gateway_ReviewOutcome", "Task_Revise", "Gateway_Revised", "EndEvent_Withdrawn",
                "ServiceTask_Admit", "EndEvent_Admitted", "ServiceTask_Refuse", "EndEvent_Refused",
                "ServiceTask_ProposePurchase", "EndEvent_PurchaseProposed");

        SubProcess review = model.getModelElementById("SubProcess_Review");
        assertThat(((BpmnShape) review.getDiagramElement()).isExpanded()).isTrue();
        for (String id : List.of("BoundaryEvent_Warning", "BoundaryEvent_Overdue")) {
            BoundaryEvent timer = model.getModelElementById(id);
            assertThat(timer.cancelActivity()).as(id + " does not interrupt the review").isFalse();
            assertThat(timer.getAttachedTo()).isSameAs(review);
        }
    }

    @Test
    void dispatchProcessIsValidDrawnAndHasTheIdsTheServicesUse() {
        BpmnModelInstance model = ProcessModels.readDrawnModel("processes/workaccess/WorkDispatch.bpmn");
        ProcessModels.assertIds(model, "WorkDispatch", "StartEvent_Dispatched", "Task_DoWork", "EndEvent_Done");
    }
}
