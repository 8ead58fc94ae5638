package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.CertificateType;
import org.tongban.testing.ProcessModels;
import org.tongban.testing.TongbanTest;

/**
 * The list check table of processes/certificate, on its own for every combination of its inputs and through the
 * engine for every entry of the seeded lists; and both certificate processes read as models.
 */
@TongbanTest
@Tag("db")
class CertificateCheckTableTests {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final DmnDecision CHECK = parse();

    @Autowired
    CertificateList list;
    @Autowired
    DecisionService decisions;

    private static DmnDecision parse() {
        try (InputStream in = ProcessModels.resource("processes/certificate/CertificateCheck.dmn")) {
            return DMN.parseDecision("CertificateCheck", in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}, {1} → {2} ({3})")
    @CsvSource({
            "ISSUED,   NONE,         ISSUE,   C1",
            // An issued entry never carries a replacement; were one entered, it would still be issued.
            "ISSUED,   COMMITMENT,   ISSUE,   C1",
            "ISSUED,   DATA_SHARING, ISSUE,   C1",
            "REFUSED,  COMMITMENT,   REPLACE, C2",
            "REFUSED,  DATA_SHARING, REPLACE, C3",
            "REFUSED,  NONE,         REFUSE,  C4",
            "UNLISTED, NONE,         REFUSE,  C5",
            "UNLISTED, COMMITMENT,   REFUSE,  C5",
            "UNLISTED, DATA_SHARING, REFUSE,  C5"
    })
    void decidesEveryCombinationByExactlyOneRule(String listing, String replacement, String outcome, String rule) {
        DmnDecisionRuleResult result = DMN.evaluateDecisionTable(CHECK, Variables.createVariables()
                .putValue("listing", listing).putValue("replacement", replacement)).getSingleResult();
        assertThat(result).isNotNull();
        assertThat((String) result.getEntry("outcome")).isEqualTo(outcome);
        assertThat((String) result.getEntry("rule")).isEqualTo(rule);
        assertThat((String) result.getEntry("ruleText")).isNotBlank();
    }

    /** Each entry of the lists in force, through the deployed table: the outcome its listing and replacement give. */
    @TestFactory
    Stream<DynamicTest> everyEntryOfTheListsGetsItsOutcome() {
        List<CertificateType> entries = list.inForce(LocalDate.of(2026, 1, 1)).stream()
                .filter(type -> type.code().matches("CE-0[0-3]\\d")).toList();
        assertThat(entries).hasSize(33);
        return entries.stream().map(type -> DynamicTest.dynamicTest(type.code() + " " + type.nameZh(), () -> {
            Map<String, Object> result = decisions.evaluateDecisionTableByKey("CertificateCheck")
                    .variables(Variables.createVariables().putValue("listing", type.listing().name())
                            .putValue("replacement", type.replacement().name()))
                    .evaluate().getSingleResult().getEntryMap();
            assertThat(result.get("outcome")).isEqualTo(expected(type));
        }));
    }

    private static String expected(CertificateType type) {
        if (type.listing() == CertificateListing.ISSUED) {
            return "ISSUE";
        }
        return type.replacement() == CertificateReplacement.NONE ? "REFUSE" : "REPLACE";
    }

    @Test
    void issuanceProcessIsValidDrawnAndHasTheIdsTheServicesUse() {
        BpmnModelInstance model = ProcessModels.readDrawnModel("processes/certificate/CertificateIssuance.bpmn");
        ProcessModels.assertIds(model, "CertificateIssuance", "StartEvent_Requested", "BusinessRuleTask_Check",
                "ServiceTask_RecordCheck", "Gateway_CheckOutcome", "SubProcess_Handle", "StartEvent_Handle",
                "Task_FactCheck", "Gateway_FactChecked", "Task_Approve", "EndEvent_Handled", "BoundaryEvent_Warning",
                "ServiceTask_Remind", "EndEvent_Reminded", "BoundaryEvent_Overdue", "Task_Supervise",
                "EndEvent_Supervised", "Gateway_Handled", "ServiceTask_Issue", "Task_Deliver", "EndEvent_Delivered",
                "ServiceTask_Refuse", "EndEvent_Refused", "ServiceTask_Replace", "EndEvent_Replaced",
                "BoundaryEvent_Revoked", "EndEvent_RevokedBeforeDelivery");
        SubProcess handling = model.getModelElementById("SubProcess_Handle");
        assertThat(((BpmnShape) handling.getDiagramElement()).isExpanded()).isTrue();
        for (String id : List.of("BoundaryEvent_Warning", "BoundaryEvent_Overdue")) {
            BoundaryEvent timer = model.getModelElementById(id);
            assertThat(timer.cancelActivity()).as(id + " does not interrupt the handling").isFalse();
            assertThat(timer.getAttachedTo()).isSameAs(handling);
        }
    }

    @Test
    void revocationProcessIsValidDrawnAndHasTheIdsTheServicesUse() {
        BpmnModelInstance model = ProcessModels.readDrawnModel("processes/certificate/CertificateRevocation.bpmn");
        ProcessModels.assertIds(model, "CertificateRevocation", "StartEvent_RevocationRequested",
                "Task_ConfirmRevocation", "Gateway_Confirmed", "ServiceTask_Revoke", "EndEvent_Revoked",
                "EndEvent_Kept");
    }
}
