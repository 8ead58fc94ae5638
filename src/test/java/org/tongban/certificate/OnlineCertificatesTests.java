package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** A resident's own request, without an account: the same checks as the counter, followed by number and code. */
@TongbanTest
@Tag("db")
class OnlineCertificatesTests {

    /** Each test's requests come from an address of its own, so one test's attempts do not limit another's. */
    private static final String CLIENT = "192.0.2.10";

    @Autowired
    OnlineCertificates online;
    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private RequestFixtures.Draft withEvidence(String code) {
        return fixtures.draft(code).evidence(List.of(
                new CertificateApplication.Evidence("服务记录.pdf", CertificateRequestsTests.PDF)));
    }

    @Test
    void aResidentAppliesFollowsTheRequestAndDownloadsTheCertificateSentOnline() {
        SubmittedRequest submitted = online.apply(withEvidence(RequestFixtures.VOLUNTEER).application());
        assertThat(submitted.status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
        assertThat(online.communities()).containsEntry("CM001", "城关街道 · 和平社区");

        ResidentView waiting = online.query(submitted.requestNumber(), submitted.queryCode(), CLIENT);
        assertThat(waiting.status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
        assertThat(waiting.dueOn()).isNotNull();
        assertThat(waiting.certificateDownload()).isFalse();

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, false, RequestFixtures.findingsFor(RequestFixtures.VOLUNTEER))));
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(
                fixtures.taskId(submitted.requestNumber(), "Task_Approve"), true, null));
        assertThatThrownBy(() -> online.certificatePdf(submitted.requestNumber(), submitted.queryCode(), CLIENT))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-sent-online");
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.deliver(
                fixtures.taskId(submitted.requestNumber(), "Task_Deliver"), DeliveryMethod.ONLINE));

        ResidentView delivered = online.query(submitted.requestNumber().toLowerCase(), " " + submitted.queryCode(), CLIENT);
        assertThat(delivered.status()).isEqualTo(CertificateRequestStatus.DELIVERED);
        assertThat(delivered.certificateNumber()).startsWith("ZM-CM001-");
        assertThat(delivered.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(delivered.certificateDownload()).isTrue();
        byte[] pdf = online.certificatePdf(submitted.requestNumber(), submitted.queryCode(), CLIENT);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aRefusalIsAnsweredOnlineWithItsNotice() {
        SubmittedRequest submitted = online.apply(fixtures.draft(RequestFixtures.DOG).application());

        ResidentView refused = online.query(submitted.requestNumber(), submitted.queryCode(), CLIENT);
        assertThat(refused.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(refused.referTo()).contains("养犬登记管理部门");
        assertThat(refused.noticeDownload()).isTrue();
        assertThat(online.noticePdf(submitted.requestNumber(), submitted.queryCode(), CLIENT)).isNotEmpty();
    }

    @Test
    void onlineRequestsBringEvidenceAndNoAgent() {
        assertThatThrownBy(() -> online.apply(fixtures.draft(RequestFixtures.VOLUNTEER).application()))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.evidence-required");
        assertThatThrownBy(() -> online.apply(withEvidence(RequestFixtures.VOLUNTEER)
                .agent(new CertificateApplication.Agent("李四", RequestFixtures.AGENT_ID, "13900000002", "子女"))
                .application()))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.online-agent");
    }

    @Test
    void aWrongCodeAndAWrongNumberLookTheSameAndRepeatedWrongCodesLockTheNumber() {
        SubmittedRequest submitted = online.apply(fixtures.draft(RequestFixtures.DOG).application());
        String wrong = submitted.queryCode().equals("000000") ? "111111" : "000000";
        String client = "192.0.2.11";

        assertThatThrownBy(() -> online.query("ZMSQ-YX-19990101-0001", submitted.queryCode(), client))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        assertThatThrownBy(() -> online.query("'; DROP TABLE crt_request; --", "123456", client))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> online.query(submitted.requestNumber(), wrong, client))
                    .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        }
        assertThatThrownBy(() -> online.query(submitted.requestNumber(), submitted.queryCode(), "192.0.2.12"))
                .as("the number is locked, whoever asks").hasFieldOrPropertyWithValue("messageKey",
                        "certificate.error.query-locked");
    }

    @Test
    void oneClientCannotSprayCodesAcrossNumbers() {
        SubmittedRequest submitted = online.apply(fixtures.draft(RequestFixtures.DOG).application());
        String sprayer = "2001:db8:1:2:aaaa::1";
        for (int attempt = 0; attempt < 30; attempt++) {
            String number = "ZMSQ-YX-20260101-" + String.format("%04d", 9000 + attempt);
            assertThatThrownBy(() -> online.query(number, "123456", sprayer))
                    .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        }
        // Another address of the same IPv6 /64 is the same client.
        assertThatThrownBy(() -> online.query(submitted.requestNumber(), submitted.queryCode(), "2001:db8:1:2:bbbb::7"))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-locked");
        assertThat(online.query(submitted.requestNumber(), submitted.queryCode(), "192.0.2.13").status())
                .isEqualTo(CertificateRequestStatus.REFUSED);
    }

    @Test
    void aCertificateRevokedBeforeItWasHandedOverIsNeitherDeliveredNorDownloaded() {
        SubmittedRequest submitted = online.apply(withEvidence(RequestFixtures.VOLUNTEER).application());
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, false, RequestFixtures.findingsFor(RequestFixtures.VOLUNTEER))));
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(
                fixtures.taskId(submitted.requestNumber(), "Task_Approve"), true, null));
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.requestRevocation(submitted.id(), "申请人提供的记录有误"));
        String number = fixtures.detail(submitted.id()).certificate().number();
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.confirmRevocation(
                fixtures.taskId(number, "Task_ConfirmRevocation"), true, null));

        assertThat(fixtures.task(submitted.requestNumber(), "Task_Deliver")).as("no longer delivered").isNull();
        ResidentView revoked = online.query(submitted.requestNumber(), submitted.queryCode(), CLIENT);
        assertThat(revoked.validity()).isEqualTo(CertificateValidity.REVOKED);
        assertThat(revoked.certificateDownload()).isFalse();
        assertThatThrownBy(() -> online.certificatePdf(submitted.requestNumber(), submitted.queryCode(), CLIENT))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.revoked-no-download");
    }
}
