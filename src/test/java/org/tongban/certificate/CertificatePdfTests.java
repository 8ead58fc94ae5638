package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongban.testing.PdfText;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** The documents as printed: the certificate in its standard format with seal and QR code, and the refusal notice. */
@TongbanTest
@Tag("db")
class CertificatePdfTests {

    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theCertificateStatesWhatWasFoundIsSealedAndItsQrCodeOpensTheVerificationPage() throws Exception {
        SubmittedRequest submitted = fixtures.issued(RequestFixtures.RESIDENCE);
        RequestDetail.CertificateSummary certificate = fixtures.detail(submitted.id()).certificate();

        byte[] pdf = signIn.as(RequestFixtures.FRONT_DESK, () -> requests.certificatePdf(submitted.id()));

        String text = PdfText.compact("certificate-" + certificate.number() + ".pdf", pdf);
        assertThat(text).contains("居(租)住证明", certificate.number(), "云溪县实验小学：",
                "兹证明张三(公民身份号码:" + RequestFixtures.APPLICANT_ID + ")居住在本社区",
                "自2023年3月起居住于幸福路18号院3号楼2单元501室至今", "本证明仅用于办理子女入学", "本证明有效期至",
                "特此证明", certificate.issuerName(), "扫码核验");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
            assertThat(decoded).isEqualTo(certificate.verificationUrl());
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM base_audit_event WHERE action = 'certificate.pdf.read'"
                + " AND target = ?", Integer.class, "certificate:" + certificate.number())).isPositive();
    }

    @Test
    void theRefusalNoticeSaysWhyAndWhereToGoInstead() {
        SubmittedRequest refused = fixtures.submit(fixtures.draft(RequestFixtures.NO_CRIMINAL_RECORD)
                .demandedBy("某某银行云溪支行"));

        String text = PdfText.compact("refusal-" + refused.requestNumber() + ".pdf",
                signIn.as(RequestFixtures.FRONT_DESK, () -> requests.noticePdf(refused.id())));

        assertThat(text).contains("证明事项替代告知书", refused.requestNumber(), "张三：", "《无犯罪记录证明》",
                "民发〔2020〕20号", "替代方式（数据共享）", "公安机关", "某某银行云溪支行", "县民政局反映",
                "和平社区居民委员会");
    }

    @Test
    void aCertificateIsNotDownloadableBeforeItIsIssued() {
        SubmittedRequest open = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));

        assertThatThrownBy(() -> signIn.as(RequestFixtures.FRONT_DESK, () -> requests.certificatePdf(open.id())))
                .hasFieldOrPropertyWithValue("messageKey", "certificate.error.not-issued");
    }
}
