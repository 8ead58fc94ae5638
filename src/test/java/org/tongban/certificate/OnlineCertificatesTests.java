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

        ResidentView waiting = online.query(submitted.requestNumber(), submitted.queryCode());
        assertThat(waiting.status()).isEqualTo(CertificateRequestStatus.FACT_CHECK);
        assertThat(waiting.dueOn()).isNotNull();
        assertThat(waiting.certificateDownload()).isFalse();

        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, false, RequestFixtures.findingsFor(RequestFixtures.VOLUNTEER))));
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(
                fixtures.taskId(submitted.requestNumber(), "Task_Approve"), true, null));
        assertThatThrownBy(() -> online.certificatePdf(submitted.requestNumber(), submitted.queryCode()))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-sent-online");
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.deliver(
                fixtures.taskId(submitted.requestNumber(), "Task_Deliver"), DeliveryMethod.ONLINE));

        ResidentView delivered = online.query(submitted.requestNumber().toLowerCase(), " " + submitted.queryCode());
        assertThat(delivered.status()).isEqualTo(CertificateRequestStatus.DELIVERED);
        assertThat(delivered.certificateNumber()).startsWith("ZM-CM001-");
        assertThat(delivered.validity()).isEqualTo(CertificateValidity.VALID);
        assertThat(delivered.certificateDownload()).isTrue();
        byte[] pdf = online.certificatePdf(submitted.requestNumber(), submitted.queryCode());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aRefusalIsAnsweredOnlineWithItsNotice() {
        SubmittedRequest submitted = online.apply(fixtures.draft(RequestFixtures.DOG).application());

        ResidentView refused = online.query(submitted.requestNumber(), submitted.queryCode());
        assertThat(refused.status()).isEqualTo(CertificateRequestStatus.REFUSED);
        assertThat(refused.referTo()).contains("养犬登记管理部门");
        assertThat(refused.noticeDownload()).isTrue();
        assertThat(online.noticePdf(submitted.requestNumber(), submitted.queryCode())).isNotEmpty();
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

        assertThatThrownBy(() -> online.query("ZMSQ-YX-19990101-0001", submitted.queryCode()))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThatThrownBy(() -> online.query(submitted.requestNumber(), wrong))
                    .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-not-found");
        }
        assertThatThrownBy(() -> online.query(submitted.requestNumber(), submitted.queryCode()))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.query-locked");
    }
}
