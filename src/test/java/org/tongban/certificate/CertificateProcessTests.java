package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.catalog.CertificateFixtures;
import org.tongban.catalog.CertificateList;
import org.tongban.catalog.CertificateListAdministration;
import org.tongban.catalog.CertificateListing;
import org.tongban.catalog.CertificateReplacement;
import org.tongban.catalog.WorkingDays;
import org.tongban.inbox.CarbonCopies;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Every path of 出具证明 through the service layer on the application's engine (CI reruns it on MariaDB): issue,
 * refuse (refused list), refuse (on neither list), replace by commitment or data sharing, fact check failed, director
 * rejects, overdue, and revocation confirmed or declined.
 */
@TongbanTest
@Tag("db")
class CertificateProcessTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ProcessEngine engine;
    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    CarbonCopies copies;
    @Autowired
    SignIn signIn;
    @Autowired
    CertificateList certificateList;
    @Autowired
    CertificateListAdministration administration;

    @BeforeEach
    void useApplicationEngine() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ProcessInstance instance(String businessKey) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .singleResult();
    }

    private void assertEndedAt(String processInstanceId, String endEvent) {
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).activityId(endEvent).count()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .isZero();
    }

    @Test
    void aCertificateOnTheListIsCheckedApprovedIssuedWithAGapFreeNumberAndDelivered() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.RESIDENCE));

        assertThat(submitted.requestNumber()).matches("ZMSQ-YX-\\d{8}-\\d{4}");
        assertThat(submitted.queryCode()).matches("\\d{6}");
        assertThat(submitted.outcome()).isEqualTo(CheckOutcome.ISSUE);
        assertThat(submitted.status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
        ProcessInstance instance = instance(submitted.requestNumber());
        assertThat(instance).isWaitingAt("Task_FactCheck");
        assertThat(fixtures.task(submitted.requestNumber(), "Task_FactCheck"))
                .hasCandidateGroup("community:CM001:front-desk");
        RequestDetail received = fixtures.detail(submitted.id());
        assertThat(received.checkRule()).isEqualTo("C1");
        assertThat(received.homeVisitRequired()).isTrue();
        // 居住证明 needs a home visit: 5 working days, not 3.
        assertThat(received.dueOn()).isEqualTo(workingDays.plusWorkingDays(fixtures.today(), 5));
        assertThat(fixtures.task(submitted.requestNumber(), "Task_FactCheck").getDueDate())
                .isEqualTo(workingDays.endOf(received.dueOn()));

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, true, RequestFixtures.findingsFor(RequestFixtures.RESIDENCE))));
        assertThat(instance).isWaitingAt("Task_Approve");
        assertThat(fixtures.task(submitted.requestNumber(), "Task_Approve")).hasCandidateGroup("community:CM001:director");

        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(
                fixtures.taskId(submitted.requestNumber(), "Task_Approve"), true, "同意"));
        RequestDetail issued = fixtures.detail(submitted.id());
        assertThat(issued.status()).isEqualTo(CertificateRequestStatus.ISSUED);
        RequestDetail.CertificateSummary certificate = issued.certificate();
        assertThat(certificate.number()).matches("ZM-CM001-" + fixtures.today().getYear() + "-\\d{4}");
        assertThat(certificate.issuedOn()).isEqualTo(fixtures.today());
        assertThat(certificate.validUntil()).isEqualTo(fixtures.today().plusDays(89));
        assertThat(certificate.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(certificate.sealCode()).startsWith("SEAL-CM001");
        assertThat(certificate.signedBy()).isEqualTo("张伟");
        assertThat(certificate.verificationUrl()).contains("/verify?t=");
        assertThat(instance).hasPassed("ServiceTask_Issue").isWaitingAt("Task_Deliver");

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.deliver(
                fixtures.taskId(submitted.requestNumber(), "Task_Deliver"), DeliveryMethod.PICKUP));
        RequestDetail delivered = fixtures.detail(submitted.id());
        assertThat(delivered.status()).isEqualTo(CertificateRequestStatus.DELIVERED);
        assertThat(delivered.certificate().deliveryMethod()).isEqualTo(DeliveryMethod.PICKUP);
        assertEndedAt(issued.processInstanceId(), "EndEvent_Delivered");
    }

    @Test
    void aCertificateOnTheRefusedListIsRefusedAtOnceWithWhoIssuesItInstead() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.DOG));

        assertThat(submitted.outcome()).isEqualTo(CheckOutcome.REFUSE);
        assertThat(submitted.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(submitted.reason()).contains("列入不予出具清单", "养犬登记属行政管理事项");
        assertThat(submitted.referTo()).contains("养犬登记管理部门");
        RequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.checkRule()).isEqualTo("C4");
        assertThat(detail.refusal().stage()).isEqualTo(RefusalStage.INTAKE);
        assertThat(detail.refusal().replacement()).isEqualTo(CertificateReplacement.NONE);
        assertThat(detail.certificate()).isNull();
        assertThat(detail.dueOn()).isNull();
        assertEndedAt(detail.processInstanceId(), "EndEvent_Refused");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(detail.processInstanceId()).activityId("Task_FactCheck").count()).isZero();
    }

    @Test
    void aCertificateOnNeitherListIsRefusedAsWithoutLegalBasis() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null).unlisted("出国探亲担保证明"));

        assertThat(submitted.outcome()).isEqualTo(CheckOutcome.REFUSE);
        assertThat(submitted.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(submitted.reason()).contains("不在证明事项清单内");
        RequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.certificateCode()).isNull();
        assertThat(detail.certificateName()).isEqualTo("出国探亲担保证明");
        assertThat(detail.listing()).isNull();
        assertThat(detail.checkRule()).isEqualTo("C5");
        assertThat(detail.refusal().referTo()).contains("数据共享");
        assertEndedAt(detail.processInstanceId(), "EndEvent_Refused");
    }

    @Test
    void aRefusedCertificateWithAReplacementIsAnsweredWithTheCommitmentOrDataSharing() {
        SubmittedRequest commitment = fixtures.submit(fixtures.draft(RequestFixtures.MARITAL));
        assertThat(commitment.outcome()).isEqualTo(CheckOutcome.REPLACE);
        assertThat(commitment.status()).isEqualTo(CertificateRequestStatus.REPLACED);
        RequestDetail byCommitment = fixtures.detail(commitment.id());
        assertThat(byCommitment.checkRule()).isEqualTo("C2");
        assertThat(byCommitment.refusal().replacement()).isEqualTo(CertificateReplacement.COMMITMENT);
        assertThat(byCommitment.refusal().reason()).contains("告知承诺");
        assertEndedAt(byCommitment.processInstanceId(), "EndEvent_Replaced");

        SubmittedRequest sharing = fixtures.submit(fixtures.draft(RequestFixtures.NO_CRIMINAL_RECORD));
        RequestDetail bySharing = fixtures.detail(sharing.id());
        assertThat(bySharing.status()).isEqualTo(CertificateRequestStatus.REPLACED);
        assertThat(bySharing.checkRule()).isEqualTo("C3");
        assertThat(bySharing.refusal().replacement()).isEqualTo(CertificateReplacement.DATA_SHARING);
        assertThat(bySharing.refusal().referTo()).contains("公安机关");
        assertEndedAt(bySharing.processInstanceId(), "EndEvent_Replaced");
    }

    @Test
    void anEverydayNameIsCheckedAsTheEntryItNames() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(null).unlisted("单身证明"));

        RequestDetail detail = fixtures.detail(submitted.id());
        assertThat(detail.certificateCode()).isEqualTo(RequestFixtures.MARITAL);
        assertThat(detail.status()).isEqualTo(CertificateRequestStatus.REPLACED);
    }

    @Test
    void factsThatAreNotConfirmedEndInARefusalWithTheFindings() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        String task = fixtures.taskId(submitted.requestNumber(), "Task_FactCheck");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK,
                () -> requests.factCheck(task, new FactCheck(false, false, " "))))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-confirmed-reason");

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(task,
                new FactCheck(false, false, "站点无该居民的志愿服务记录")));

        RequestDetail refused = fixtures.detail(submitted.id());
        assertThat(refused.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(refused.refusal().stage()).isEqualTo(RefusalStage.FACT_CHECK);
        assertThat(refused.refusal().reason()).isEqualTo("站点无该居民的志愿服务记录");
        assertThat(refused.refusal().by()).isEqualTo("王芳");
        assertThat(refused.factCheckPassed()).isFalse();
        assertThat(instance(submitted.requestNumber())).isNull();
        assertEndedAt(refused.processInstanceId(), "EndEvent_Refused");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(refused.processInstanceId()).activityId("Task_Approve").count()).isZero();
    }

    @Test
    void aHomeVisitCertificateIsNotConfirmedWithoutTheVisit() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.RESIDENCE));
        String task = fixtures.taskId(submitted.requestNumber(), "Task_FactCheck");

        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(task,
                new FactCheck(true, false, "居住于幸福路18号"))))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.home-visit-required");
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
    }

    @Test
    void theDirectorMayRejectWithAReasonAndNothingIsIssued() {
        SubmittedRequest submitted = fixtures.checked(RequestFixtures.VOLUNTEER);
        String task = fixtures.taskId(submitted.requestNumber(), "Task_Approve");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(task, false, "")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.reject-reason");

        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(task, false, "服务时长与记录不一致，请先更正记录"));

        RequestDetail refused = fixtures.detail(submitted.id());
        assertThat(refused.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(refused.refusal().stage()).isEqualTo(RefusalStage.APPROVAL);
        assertThat(refused.refusal().reason()).contains("服务时长与记录不一致");
        assertThat(refused.certificate()).isNull();
        assertEndedAt(refused.processInstanceId(), "EndEvent_Refused");
    }

    @Test
    void onlyTheCommunitysOwnStaffTakeItsSteps() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        String task = fixtures.taskId(submitted.requestNumber(), "Task_FactCheck");

        assertThatThrownBy(() -> signIn.as(RequestFixtures.OTHER_FRONT_DESK, () -> requests.factCheck(task,
                new FactCheck(true, false, "核实属实"))))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.request-forbidden");
        // The director of the community cannot take the front desk's step either: the inbox refuses.
        assertThatThrownBy(() -> signIn.as(RequestFixtures.DIRECTOR, () -> requests.factCheck(task,
                new FactCheck(true, false, "核实属实"))))
                .isInstanceOf(org.tongban.base.BusinessException.class);
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
    }

    @Test
    void aCertificateTakenOffTheListBeforeApprovalIsNotIssued() {
        CertificateFixtures.Draft entry = CertificateFixtures.draft(CertificateListing.ISSUED, certificateList);
        entry.homeVisit = false;
        signIn.as("admin", () -> administration.create(entry.build()));
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(entry.code));
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"), new FactCheck(true, false, "测试事实属实")));
        signIn.as("admin", () -> administration.retire(entry.code, 1, fixtures.today().minusDays(1), "测试：停止出具"));

        assertThatThrownBy(() -> signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(
                fixtures.taskId(submitted.requestNumber(), "Task_Approve"), true, null)))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-issuable");
        RequestDetail waiting = fixtures.detail(submitted.id());
        assertThat(waiting.status()).isEqualTo(CertificateRequestStatus.APPROVAL);
        assertThat(waiting.certificate()).isNull();
    }

    @Test
    void anotherCommunitysDirectorCannotApproveNorIssue() {
        SubmittedRequest submitted = fixtures.checked(RequestFixtures.VOLUNTEER);
        String task = fixtures.taskId(submitted.requestNumber(), "Task_Approve");

        assertThatThrownBy(() -> signIn.as(RequestFixtures.OTHER_DIRECTOR, () -> requests.approve(task, true, null)))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.request-forbidden");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK, () -> requests.approve(task, true, null)))
                .isInstanceOf(org.tongban.base.BusinessException.class);
        RequestDetail waiting = fixtures.detail(submitted.id());
        assertThat(waiting.status()).isEqualTo(CertificateRequestStatus.APPROVAL);
        assertThat(waiting.certificate()).isNull();
    }

    @Test
    void anOverdueRequestIsRemindedAndSupervisedByTheSubdistrict() {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        ProcessInstance instance = instance(submitted.requestNumber());
        LocalDate due = fixtures.detail(submitted.id()).dueOn();
        assertThat(due).isEqualTo(workingDays.plusWorkingDays(fixtures.today(), 3));
        Job warning = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_Warning").singleResult();
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("BoundaryEvent_Overdue").singleResult();
        LocalDate warnOn = warning.getDuedate().toInstant().atZone(ZONE).toLocalDate();
        assertThat(workingDays.isWorkingDay(warnOn)).isTrue();
        assertThat(workingDays.workingDaysBetween(warnOn, due)).isEqualTo(1);
        assertThat(overdue.getDuedate()).isEqualTo(workingDays.endOf(due));

        long copiesBefore = signIn.as(RequestFixtures.DIRECTOR, () -> copies.countForMe(false));
        engine.getManagementService().executeJob(warning.getId());
        assertThat(signIn.as(RequestFixtures.DIRECTOR, () -> copies.countForMe(false))).isEqualTo(copiesBefore + 1);

        engine.getManagementService().executeJob(overdue.getId());
        assertThat(instance).isWaitingAt("Task_FactCheck", "Task_Supervise");
        assertThat(fixtures.task(submitted.requestNumber(), "Task_Supervise")).hasCandidateGroup("subdistrict:SD01");
    }

    @Test
    void anIssuedCertificateIsRevokedWhenTheDirectorConfirms() {
        SubmittedRequest submitted = fixtures.issued(RequestFixtures.VOLUNTEER);
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK,
                () -> requests.requestRevocation(submitted.id(), " ")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.revocation-reason-required");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.OTHER_FRONT_DESK,
                () -> requests.requestRevocation(submitted.id(), "记录有误")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.request-forbidden");

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.requestRevocation(submitted.id(), "志愿服务记录有误，时长多计"));
        String number = fixtures.detail(submitted.id()).certificate().number();
        assertThat(fixtures.detail(submitted.id()).certificate().revocationPending()).isTrue();
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK,
                () -> requests.requestRevocation(submitted.id(), "再次申请")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.revocation-pending");
        ProcessInstance revocation = instance(number);
        assertThat(revocation).isWaitingAt("Task_ConfirmRevocation");
        assertThat(fixtures.task(number, "Task_ConfirmRevocation")).hasCandidateGroup("community:CM001:director");

        signIn.as(RequestFixtures.DIRECTOR, () -> requests.confirmRevocation(
                fixtures.taskId(number, "Task_ConfirmRevocation"), true, null));

        RequestDetail.CertificateSummary revoked = fixtures.detail(submitted.id()).certificate();
        assertThat(revoked.validity()).isEqualTo(CertificateValidity.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("志愿服务记录有误，时长多计");
        assertThat(revoked.revokedBy()).isEqualTo("张伟");
        assertThat(revoked.revokedAt()).isNotNull();
        assertThat(revoked.revocationPending()).isFalse();
        assertThat(revocation).hasPassed("ServiceTask_Revoke").isEnded();
        // It had not been handed over yet: the issuance ends without delivering it.
        assertEndedAt(fixtures.detail(submitted.id()).processInstanceId(), "EndEvent_RevokedBeforeDelivery");
        assertThat(fixtures.detail(submitted.id()).status()).isEqualTo(CertificateRequestStatus.ISSUED);
        assertThatThrownBy(() -> signIn.as(RequestFixtures.SUBDISTRICT_STAFF,
                () -> requests.requestRevocation(submitted.id(), "街道核查发现问题")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.revoke-forbidden");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK,
                () -> requests.requestRevocation(submitted.id(), "再次撤销")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.already-revoked");
    }

    @Test
    void theDirectorMayKeepACertificateWithAReason() {
        SubmittedRequest submitted = fixtures.issued(RequestFixtures.VOLUNTEER);
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.requestRevocation(submitted.id(), "居民称用途变更"));
        String number = fixtures.detail(submitted.id()).certificate().number();
        String task = fixtures.taskId(number, "Task_ConfirmRevocation");
        assertThatThrownBy(() -> signIn.as(RequestFixtures.DIRECTOR, () -> requests.confirmRevocation(task, false, "")))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.keep-reason");

        signIn.as(RequestFixtures.DIRECTOR, () -> requests.confirmRevocation(task, false, "用途变更不影响证明内容"));

        RequestDetail.CertificateSummary kept = fixtures.detail(submitted.id()).certificate();
        assertThat(kept.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(kept.revocationPending()).isFalse();
        String revocation = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("CertificateRevocation").processInstanceBusinessKey(number).singleResult().getId();
        assertEndedAt(revocation, "EndEvent_Kept");
    }
}
