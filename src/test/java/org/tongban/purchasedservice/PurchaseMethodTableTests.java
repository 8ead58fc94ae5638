package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tongban.testing.ProcessModels;

/**
 * The tables of processes/purchasedservice on their own — the purchase method at and around each threshold and for
 * each circumstance, the grade bands and the final payment at each boundary — and every purchased-service process read
 * as the Modeler reads it.
 */
class PurchaseMethodTableTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision TABLE = parse("PurchaseMethod");
    private static final DmnDecision GRADES = parse("EvaluationGrade");

    private static DmnDecision parse(String key) {
        try (InputStream in = ProcessModels.resource("processes/purchasedservice/" + key + ".dmn")) {
            return DMN.parseDecision(key, in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}, {1} yuan → {2} ({3})")
    @CsvSource({
            "NONE, 4000000, PUBLIC_TENDER, M1, 20, false",
            "NONE, 12000000, PUBLIC_TENDER, M1, 20, false",
            "NONE, 3999999.99, COMPETITIVE_CONSULTATION, M2, 10, false",
            "NONE, 1000000, COMPETITIVE_CONSULTATION, M2, 10, false",
            "NONE, 999999.99, REQUEST_FOR_QUOTATION, M3, 3, true",
            "NONE, 50000, REQUEST_FOR_QUOTATION, M3, 3, true",
            "FEW_PROVIDERS, 4000000, INVITED_TENDER, M4, 20, false",
            "FEW_PROVIDERS, 3999999.99, COMPETITIVE_CONSULTATION, M5, 10, false",
            "FEW_PROVIDERS, 200000, COMPETITIVE_CONSULTATION, M5, 10, false",
            "URGENT, 200000, COMPETITIVE_NEGOTIATION, M6, 3, true",
            "URGENT, 9000000, COMPETITIVE_NEGOTIATION, M6, 3, true",
            "SINGLE_SOURCE, 80000, SINGLE_SOURCE, M7, 5, true",
            "SINGLE_SOURCE, 5000000, SINGLE_SOURCE, M7, 5, true"})
    void theMethodFollowsTheAmountAndTheCircumstance(String circumstance, double amount, String method, String rule,
                                                     int days, boolean workingDays) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(TABLE,
                Map.<String, Object>of("circumstance", circumstance, "amount", amount)).getSingleResult();

        assertThat((String) result.get("method")).isEqualTo(method);
        assertThat((String) result.get("rule")).isEqualTo(rule);
        assertThat(((Number) result.get("noticeDays")).intValue()).isEqualTo(days);
        assertThat(result.get("workingDays")).isEqualTo(workingDays);
        assertThat((String) result.get("ruleText")).isNotBlank();
        // Every method the table names is one the application knows.
        assertThat(PurchaseMethod.valueOf(method)).isNotNull();
    }

    @Test
    void everyCircumstanceMeetsExactlyOneRuleAtEveryAmount() {
        for (Circumstance circumstance : Circumstance.values()) {
            for (double amount : new double[] {0.01, 999999.99, 1000000, 3999999.99, 4000000, 1e11}) {
                assertThat(DMN.evaluateDecisionTable(TABLE, Map.<String, Object>of("circumstance",
                        circumstance.name(), "amount", amount)).getResultList())
                        .as(circumstance + " " + amount).hasSize(1);
            }
        }
    }

    @Test
    void theProcessesAreDrawnAndCarryTheIdsTheServicesUse() {
        BpmnModelInstance model = ProcessModels.readDrawnModel(
                "processes/purchasedservice/ServiceProjectInitiation.bpmn");
        ProcessModels.assertIds(model, "ServiceProjectInitiation", "Task_BudgetReview", "Task_Revise", "Task_Publish",
                "BusinessRuleTask_Method", "ServiceTask_RecordMethod", "EndEvent_Published", "EndEvent_BudgetRefused",
                "EndEvent_Withdrawn");
        BpmnModelInstance selection = ProcessModels.readDrawnModel("processes/purchasedservice/ProviderSelection.bpmn");
        ProcessModels.assertIds(selection, "ProviderSelection", "Timer_BidsClose", "Task_FormPanel", "Task_Score",
                "Task_ConfirmResult", "Timer_ObjectionPeriod", "Task_AnswerObjections", "Task_Contract",
                "EndEvent_NoBids", "EndEvent_Contracted");
        ProcessModels.assertIds(ProcessModels.readDrawnModel("processes/purchasedservice/ServiceDelivery.bpmn"),
                "ServiceDelivery", "SubProcess_Milestone", "Task_Report", "Task_CheckMilestone", "Task_Acceptance",
                "Task_Rectify", "EndEvent_Accepted");
        ProcessModels.assertIds(ProcessModels.readDrawnModel("processes/purchasedservice/ContractChange.bpmn"),
                "ContractChange", "Task_DecideChange", "EndEvent_ChangeApproved", "EndEvent_ChangeRefused");
        ProcessModels.assertIds(ProcessModels.readDrawnModel("processes/purchasedservice/PerformanceEvaluation.bpmn"),
                "PerformanceEvaluation", "Task_AssignEvaluators", "Task_Evaluate", "BusinessRuleTask_Grade",
                "Task_ProviderReview", "Task_AnswerEvaluationObjection", "ServiceTask_Settle", "Task_Close",
                "EndEvent_Closed");
        ProcessModels.assertIds(ProcessModels.readDrawnModel("processes/purchasedservice/PublicCommitmentReview.bpmn"),
                "PublicCommitmentReview", "Timer_HalfYear", "Task_PublicReview", "StartEvent_ProjectClosed");
    }

    @ParameterizedTest(name = "{0} points → {1}, {2}% of the final payment")
    @CsvSource({
            "100, EXCELLENT, 100", "90, EXCELLENT, 100", "89.99, GOOD, 100", "80, GOOD, 100",
            "79.99, FAIR, 80", "60, FAIR, 80", "59.99, POOR, 0", "0, POOR, 0"})
    void theGradeBandsAndTheFinalPaymentFollowTheScore(double score, String grade, int share) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(GRADES, Map.<String, Object>of("score", score))
                .getSingleResult();

        assertThat((String) result.get("grade")).isEqualTo(grade);
        assertThat(((Number) result.get("finalPaymentShare")).intValue()).isEqualTo(share);
        assertThat(EvaluationGrade.valueOf(grade)).isNotNull();
    }
}
