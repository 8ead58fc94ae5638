package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.base.BusinessException;
import org.tongban.catalog.Channel;
import org.tongban.catalog.ServiceCatalogue;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** 网上办: apply without an account, follow with number + code, hand in corrections, rate; guessing is slowed down. */
@TongbanTest
@Tag("db")
class OnlineApplicationsTests {

    private static final byte[] SCAN = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    OnlineApplications online;
    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    TaskService taskService;
    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private IntakeReceipt applyOnline(String itemCode, boolean allMaterials) {
        List<Intake.UploadedFile> files = catalogue.find(itemCode).orElseThrow().materials().stream()
                .filter(material -> allMaterials || !material.mandatory())
                .map(material -> new Intake.UploadedFile(material.code(), material.name() + ".pdf", SCAN)).toList();
        SignIn.out();
        return online.apply(new Intake(itemCode, Channel.ONLINE, ApplicantKind.PERSON, "钱七",
                OneWindowFixtures.APPLICANT_ID, "13900000007", null, null, "CM001", Map.of(), files));
    }

    @Test
    void anOnlineApplicationReachesTheFrontDeskOfTheChosenCommunity() {
        IntakeReceipt receipt = applyOnline("SI-001", true);

        assertThat(fixtures.task(receipt, "Task_ReviewAcceptance")).isNotNull();
        CaseDetail seen = online.find(receipt.caseNumber(), receipt.queryCode());
        assertThat(seen.channel()).isEqualTo(Channel.ONLINE);
        assertThat(seen.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(seen.applicantIdNumber()).as("masked for the resident's page too").contains("****");
        assertThat(seen.materials()).allSatisfy(material -> assertThat(material.provision()).isEqualTo(Provision.FILE));
    }

    @Test
    void wrongCodesLookLikeUnknownCasesAndLockTheNumberAfterFive() {
        IntakeReceipt receipt = applyOnline("SI-001", true);
        String wrong = receipt.queryCode().equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> online.find(receipt.caseNumber(), wrong))
                    .isInstanceOfSatisfying(BusinessException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.query-not-found"));
        }
        assertThatThrownBy(() -> online.find("SQ-YX-20991231-9999", "123456"))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.query-not-found"));
        assertThatThrownBy(() -> online.find(receipt.caseNumber(), receipt.queryCode()))
                .as("even the right code waits out the lock")
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.query-locked"));
    }

    @Test
    void correctionIsHandedInOnlineAndTheResidentRatesOnline() {
        IntakeReceipt receipt = applyOnline("SI-001", false);
        signIn.as("wangfang", () -> cases.requestCorrection(fixtures.taskId(receipt, "Task_ReviewAcceptance"),
                List.of("居民身份证或户口簿（扫描件）", "城乡居民基本养老保险参保登记表（签字后扫描）"), null));
        SignIn.out();
        online.resubmit(receipt.caseNumber(), receipt.queryCode(), catalogue.find("SI-001").orElseThrow().materials()
                .stream().map(material -> new Intake.UploadedFile(material.code(), material.name() + ".pdf", SCAN)).toList());
        assertThat(online.find(receipt.caseNumber(), receipt.queryCode()).status()).isEqualTo(CaseStatus.RECEIVED);

        signIn.as("wangfang", () -> cases.accept(fixtures.taskId(receipt, "Task_ReviewAcceptance"), null));
        signIn.as("gaojie", () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));
        signIn.as("wangfang", () -> cases.deliver(fixtures.taskId(receipt, "Task_Deliver"), DeliveryMethod.ONLINE, null));
        SignIn.out();
        CaseDetail delivered = online.find(receipt.caseNumber(), receipt.queryCode());
        long resultNotice = delivered.notices().stream().filter(notice -> notice.kind() == NoticeKind.RESULT)
                .findFirst().orElseThrow().id();
        assertThat(online.noticePdf(receipt.caseNumber(), receipt.queryCode(), resultNotice)).startsWith(SCAN[0], SCAN[1]);

        assertThatThrownBy(() -> online.rate(receipt.caseNumber(), receipt.queryCode(), OneWindowFixtures.AGENT_ID,
                RatingLevel.VERY_DISSATISFIED, null)).isInstanceOf(BusinessException.class);
        online.rate(receipt.caseNumber(), receipt.queryCode(), OneWindowFixtures.APPLICANT_ID, RatingLevel.VERY_SATISFIED,
                "网上就办好了");
        CaseDetail rated = online.find(receipt.caseNumber(), receipt.queryCode());
        assertThat(rated.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(rated.rating().level()).isEqualTo(RatingLevel.VERY_SATISFIED);
    }

    @Test
    void onlineApplicationsNeedAnOnlineItemAndNoAgent() {
        SignIn.out();
        assertThatThrownBy(() -> online.apply(new Intake("SI-007", Channel.ONLINE, ApplicantKind.PERSON, "钱七",
                OneWindowFixtures.APPLICANT_ID, "13900000007", null, null, "CM001", Map.of(), List.of())))
                .as("医疗救助 is counter and on-behalf only")
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.channel-not-offered"));
        assertThatThrownBy(() -> online.apply(new Intake("SI-001", Channel.COUNTER, ApplicantKind.PERSON, "钱七",
                OneWindowFixtures.APPLICANT_ID, "13900000007", null, null, "CM001", Map.of(), List.of())))
                .isInstanceOf(BusinessException.class);
    }
}
