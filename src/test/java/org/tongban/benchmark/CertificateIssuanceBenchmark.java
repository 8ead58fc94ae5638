package org.tongban.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.pdf.Notice;
import org.tongban.base.pdf.NoticePrinter;
import org.tongban.base.pdf.SealedNotice;
import org.tongban.certificate.RequestFixtures;
import org.tongban.certificate.CertificateRequests;
import org.tongban.certificate.DeliveryMethod;
import org.tongban.certificate.FactCheck;
import org.tongban.certificate.SubmittedRequest;
import org.tongban.seal.SealRegister;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 出具证明 end to end through the service layer — counter request with the list check (DMN), fact check, the
 * director's approval that issues the certificate (gap-free number, seal from the register, PDF with QR code, register
 * entry), delivery — for {@code benchmark.certificates} certificates (default 1,000), one user action per transaction
 * as in the app. The approval is timed on its own (it renders the sealed PDF), and the stored PDF is read back. Not a
 * test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B test -Dtest=CertificateIssuanceBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc. as in .ci/run.
 * Results go to stdout and target/benchmarks/certificate-issuance.txt.
 */
@TongbanTest
@Tag("benchmark")
class CertificateIssuanceBenchmark {

    static final int CERTIFICATES = Integer.getInteger("benchmark.certificates", 1_000);
    static final int WARM_UP = 20;

    @Autowired
    CertificateRequests requests;
    @Autowired
    RequestFixtures fixtures;
    @Autowired
    SignIn signIn;
    @Autowired
    SealRegister seals;
    @Autowired
    NoticePrinter printer;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void certificatesPerSecond() throws IOException {
        List<Long> approvals = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            oneCertificate(new ArrayList<>());
        }
        long started = System.nanoTime();
        SubmittedRequest last = null;
        for (int i = 0; i < CERTIFICATES; i++) {
            last = oneCertificate(approvals);
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        long requestId = last.id();
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            long t0 = System.nanoTime();
            signIn.as(RequestFixtures.FRONT_DESK, () -> requests.certificatePdf(requestId));
            if (i >= 20) {
                reads.add(System.nanoTime() - t0);
            }
        }
        List<Long> renders = renderTimes(false);
        List<Long> firstRenders = renderTimes(true);
        Collections.sort(approvals);
        Collections.sort(reads);
        String report = String.format(Locale.ROOT,
                "certificate issuance end to end: %d certificates in %.1f s = %.1f certificates/s (%.1f ms each;"
                        + " 4 user actions: counter request with the list check, fact check, approval, delivery)%n"
                        + "approval that issues (number + seal + sealed PDF with QR render + register): median %.1f ms,"
                        + " p95 %.1f ms over %d%n"
                        + "stored certificate PDF read (audited): median %.1f ms, p95 %.1f ms over %d%n"
                        + "sealed certificate PDF render alone (seal image + QR code + text): median %.1f ms,"
                        + " p95 %.1f ms over %d; with a seal image never seen before (decoded and compressed again,"
                        + " as every render did before the encoded image was kept): median %.1f ms, p95 %.1f ms"
                        + " (p95 ratio %.1f)%n",
                CERTIFICATES, seconds, CERTIFICATES / seconds, seconds * 1000 / CERTIFICATES,
                median(approvals), p95(approvals), approvals.size(), median(reads), p95(reads), reads.size(),
                median(renders), p95(renders), renders.size(), median(firstRenders), p95(firstRenders),
                p95(firstRenders) / p95(renders));
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "certificate-issuance.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * The render step alone, as the issuer calls it: a certificate's text, the community seal's own image (taken from
     * the register in a transaction that is rolled back, so nothing is logged) and the QR link. {@code newImage}: a
     * byte after the PNG's end makes each image one the printer has not encoded before (decoders ignore it).
     */
    private List<Long> renderTimes(boolean newImage) {
        byte[] seal = new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return seals.use(RequestFixtures.COMMUNITY, SealRegister.certificateUse(RequestFixtures.VOLUNTEER),
                    "BENCHMARK", RequestFixtures.DIRECTOR).image();
        });
        Notice notice = new Notice("志愿服务证明", "ZM-CM001-2026-9999", "云溪县志愿者协会：", List.of(
                new Notice.Paragraph("兹证明张三(公民身份号码:330102198503121236)在和平社区居民委员会志愿服务站点参加志愿服务:"
                        + RequestFixtures.findingsFor(RequestFixtures.VOLUNTEER) + "。\n本证明用于申请优秀志愿者评选。"),
                new Notice.Paragraph("本证明长期有效。"), new Notice.Paragraph("特此证明。")),
                "云溪县城关街道和平社区居民委员会", java.time.LocalDate.now());
        String link = "http://localhost:8080/verify?t=Wk0tQ00wMDEtMjAyNi0wMDAx.16ACIYCZAmBnRT7Wjd35lHhxqRM";
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 520; i++) {
            byte[] image = seal;
            if (newImage) {
                image = java.util.Arrays.copyOf(seal, seal.length + 4);
                java.nio.ByteBuffer.wrap(image, seal.length, 4).putInt(i);
            }
            SealedNotice sealed = new SealedNotice(notice, image, link, "扫码核验");
            long t0 = System.nanoTime();
            printer.print(sealed);
            if (i >= 20) {
                times.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(times);
        return times;
    }

    /** 志愿服务证明: on the list, no home visit. */
    private SubmittedRequest oneCertificate(List<Long> approvals) {
        SubmittedRequest submitted = fixtures.submit(fixtures.draft(RequestFixtures.VOLUNTEER));
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.factCheck(
                fixtures.taskId(submitted.requestNumber(), "Task_FactCheck"),
                new FactCheck(true, false, RequestFixtures.findingsFor(RequestFixtures.VOLUNTEER))));
        String approval = fixtures.taskId(submitted.requestNumber(), "Task_Approve");
        long t0 = System.nanoTime();
        signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(approval, true, null));
        approvals.add(System.nanoTime() - t0);
        signIn.as(RequestFixtures.FRONT_DESK, () -> requests.deliver(
                fixtures.taskId(submitted.requestNumber(), "Task_Deliver"), DeliveryMethod.PICKUP));
        return submitted;
    }

    private static double median(List<Long> sorted) {
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double p95(List<Long> sorted) {
        return sorted.get((int) (sorted.size() * 0.95)) / 1e6;
    }
}
