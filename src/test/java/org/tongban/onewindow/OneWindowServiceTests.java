package org.tongban.onewindow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.base.BusinessException;
import org.tongban.base.Messages;
import org.tongban.catalog.Channel;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** Bad input and permissions: each refusal has a Chinese message, and nothing is written. */
@TongbanTest
@Tag("db")
class OneWindowServiceTests {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Messages messages;
    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;
    @Autowired
    org.tongban.catalog.ServiceCatalogue catalogue;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private int caseRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ow_case", Integer.class);
    }

    private void refusedWithoutTrace(Intake intake, String messageKey, String chinese) {
        int before = caseRows();
        int filesBefore = jdbc.queryForObject("SELECT COUNT(*) FROM ow_case_file", Integer.class);
        assertThatThrownBy(() -> fixtures.receive(intake))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo(messageKey);
                    assertThat(messages.describe(refused, Messages.DEFAULT_LOCALE)).contains(chinese);
                });
        assertThat(caseRows()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ow_case_file", Integer.class)).isEqualTo(filesBefore);
    }

    private Intake with(Intake base, String idNumber, List<Intake.UploadedFile> files) {
        return new Intake(base.itemCode(), base.channel(), base.applicantKind(), base.applicantName(), idNumber,
                base.applicantPhone(), base.applicantAddress(), base.agent(), base.acceptingUnitCode(),
                base.provisions(), files);
    }

    private String firstMaterial() {
        return catalogue.find(OneWindowFixtures.DIBAO).orElseThrow().materials().get(0).code();
    }

    @Test
    void badIdNumberIsRefused() {
        Intake intake = fixtures.intake(OneWindowFixtures.DIBAO, true);
        refusedWithoutTrace(with(intake, "110105194912310021", List.of()), "onewindow.error.id-number", "校验码");
    }

    @Test
    void badPhoneIsRefused() {
        Intake base = fixtures.intake(OneWindowFixtures.DIBAO, true);
        Intake intake = new Intake(base.itemCode(), base.channel(), base.applicantKind(), base.applicantName(),
                base.applicantIdNumber(), "1390000000", null, null, "CM001", base.provisions(), List.of());
        refusedWithoutTrace(intake, "onewindow.error.phone", "手机号码");
    }

    @Test
    void onBehalfWithoutAgentIsRefused() {
        Intake base = fixtures.intake(OneWindowFixtures.DIBAO, true);
        Intake intake = new Intake(base.itemCode(), Channel.ON_BEHALF, base.applicantKind(), base.applicantName(),
                base.applicantIdNumber(), base.applicantPhone(), null, null, "CM001", base.provisions(), List.of());
        refusedWithoutTrace(intake, "onewindow.error.agent-required", "代办人");
    }

    @Test
    void executableAndUnknownFileTypesAreRefusedWhateverTheirName() {
        Intake intake = fixtures.intake(OneWindowFixtures.DIBAO, true);
        String material = firstMaterial();
        refusedWithoutTrace(with(intake, intake.applicantIdNumber(), List.of(new Intake.UploadedFile(material,
                "身份证.pdf", "MZ\u0090\u0000 program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))),
                "error.file-executable", "不予接收");
        refusedWithoutTrace(with(intake, intake.applicantIdNumber(), List.of(new Intake.UploadedFile(material,
                "scan.pdf", "<html><script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
                "error.file-type", "PDF、JPG 或 PNG");
    }

    @Test
    void oversizedFileIsRefused() {
        Intake intake = fixtures.intake(OneWindowFixtures.DIBAO, true);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        refusedWithoutTrace(with(intake, intake.applicantIdNumber(),
                List.of(new Intake.UploadedFile(firstMaterial(), "big.pdf", big))), "error.file-too-large", "MB");
    }

    @Test
    void aPdfIsStoredWithItsSniffedType() {
        Intake intake = fixtures.intake(OneWindowFixtures.DIBAO, true);
        IntakeReceipt receipt = fixtures.receive(with(intake, intake.applicantIdNumber(),
                List.of(new Intake.UploadedFile(firstMaterial(), "../../etc/申请书.PDF", PDF))));
        CaseDetail detail = signIn.as("wangfang", () -> cases.open(receipt.caseId()));
        CaseDetail.FileRef file = detail.materials().get(0).files().get(0);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).isEqualTo("申请书.PDF");
        assertThat(detail.materials().get(0).provision()).isEqualTo(Provision.FILE);
    }

    @Test
    void onlyFrontDeskOfTheUnitMayReceive() {
        Intake intake = fixtures.intake(OneWindowFixtures.DIBAO, true);
        int before = caseRows();
        assertThatThrownBy(() -> signIn.as("chenjing", () -> cases.intake(intake)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> signIn.as("liuyang", () -> cases.intake(intake)))
                .isInstanceOf(BusinessException.class);
        assertThat(caseRows()).isEqualTo(before);
    }

    @Test
    void anotherDepartmentCannotHandleTheCase() {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        String taskId = fixtures.taskId(receipt, "Task_Handle");
        String otherDepartment = identityService.createUserQuery().memberOfGroup("department:DP-RS:dept-handler")
                .list().get(0).getId();
        assertThatThrownBy(() -> signIn.as(otherDepartment, () -> cases.handle(taskId, HandlingDecision.APPROVE, null)))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        assertThat(fixtures.task(receipt, "Task_Handle")).isNotNull();
    }

    @Test
    void resubmissionOnAClosedCaseIsRefused() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake(OneWindowFixtures.DIBAO, true));
        signIn.as("wangfang", () -> cases.decline(fixtures.taskId(receipt, "Task_ReviewAcceptance"), "不属于本县", null));
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.resubmit(receipt.caseId(),
                Map.of(firstMaterial(), Provision.ORIGINAL_SEEN), List.of())))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.not-awaiting-materials"));
    }

    @Test
    void ratingIsOnceAndOnlyByTheApplicantOrAgent() {
        IntakeReceipt receipt = fixtures.acceptedCase("SI-001");
        String handler = identityService.createUserQuery().memberOfGroup("department:DP-RS:dept-handler")
                .list().get(0).getId();
        signIn.as(handler, () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(),
                OneWindowFixtures.APPLICANT_ID, RatingLevel.SATISFIED, null)))
                .as("not yet delivered").isInstanceOf(BusinessException.class).hasMessageContaining("not-ratable");
        signIn.as("wangfang", () -> cases.deliver(fixtures.taskId(receipt, "Task_Deliver"), DeliveryMethod.ONLINE, null));

        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(),
                OneWindowFixtures.AGENT_ID, RatingLevel.VERY_DISSATISFIED, "路人评价")))
                .as("a stranger").isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.rater-not-applicant"));
        signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(), OneWindowFixtures.APPLICANT_ID,
                RatingLevel.SATISFIED, null));
        assertThatThrownBy(() -> signIn.as("wangfang", () -> cases.rateAtCounter(receipt.caseId(),
                OneWindowFixtures.APPLICANT_ID, RatingLevel.VERY_DISSATISFIED, "改评")))
                .isInstanceOfSatisfying(BusinessException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("onewindow.error.already-rated"));
        assertThat(signIn.as("wangfang", () -> cases.open(receipt.caseId())).rating().level())
                .isEqualTo(RatingLevel.SATISFIED);
    }

    @Test
    void noticesPrintInChinese() throws Exception {
        IntakeReceipt receipt = fixtures.acceptedCase(OneWindowFixtures.DIBAO);
        CaseDetail detail = signIn.as("wangfang", () -> cases.open(receipt.caseId()));
        byte[] pdf = signIn.as("wangfang", () -> cases.noticePdf(receipt.caseId(), detail.notices().get(0).id()));
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("受理回执", "张三", "最低生活保障申请", receipt.caseNumber(), "承诺办结时限为");
        }
    }
}
