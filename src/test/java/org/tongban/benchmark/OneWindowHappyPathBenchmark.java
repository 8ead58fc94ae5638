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
import org.tongban.onewindow.CaseDetail;
import org.tongban.onewindow.DeliveryMethod;
import org.tongban.onewindow.HandlingDecision;
import org.tongban.onewindow.IntakeReceipt;
import org.tongban.onewindow.OneWindowCases;
import org.tongban.onewindow.OneWindowFixtures;
import org.tongban.onewindow.RatingLevel;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * 一窗受理 end to end through the service layer — intake, acceptance, dispatch by the DMN, department approval,
 * conclusion, delivery, rating — for {@code benchmark.cases} cases (default 1,000), one user action per transaction as
 * in the app; then the p95 of printing a receipt PDF. Not a test: excluded from the build by its tag. Run on H2:
 * <pre>./mvnw -B test -Dtest=OneWindowHappyPathBenchmark -Dexcluded.test.groups=none</pre>
 * and on MariaDB by adding {@code -Dtest.profiles=test,mysql,mariadb} with {@code MYSQL_URL} etc. as in .ci/run.
 * Results go to stdout and target/benchmarks/onewindow-happy-path.txt.
 */
@TongbanTest
@Tag("benchmark")
class OneWindowHappyPathBenchmark {

    static final int CASES = Integer.getInteger("benchmark.cases", 1_000);
    static final int WARM_UP = 20;
    static final String HANDLER = "gaojie";

    @Autowired
    OneWindowCases cases;
    @Autowired
    OneWindowFixtures fixtures;
    @Autowired
    SignIn signIn;

    @Test
    void casesPerSecond() throws IOException {
        for (int i = 0; i < WARM_UP; i++) {
            oneCase();
        }
        long started = System.nanoTime();
        IntakeReceipt last = null;
        for (int i = 0; i < CASES; i++) {
            last = oneCase();
        }
        double seconds = (System.nanoTime() - started) / 1e9;

        IntakeReceipt printed = last;
        CaseDetail detail = signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.open(printed.caseId()));
        long noticeId = detail.notices().get(0).id();
        List<Long> renders = new ArrayList<>();
        for (int i = 0; i < 220; i++) {
            long t0 = System.nanoTime();
            signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.noticePdf(printed.caseId(), noticeId));
            if (i >= 20) {
                renders.add(System.nanoTime() - t0);
            }
        }
        Collections.sort(renders);
        String report = String.format(Locale.ROOT,
                "one-window happy path: %d cases in %.1f s = %.1f cases/s (%.1f ms per case, 5 user actions each: intake, accept, handle, deliver, rate)%n"
                        + "receipt PDF (load + render): median %.1f ms, p95 %.1f ms over %d prints%n",
                CASES, seconds, CASES / seconds, seconds * 1000 / CASES,
                renders.get(renders.size() / 2) / 1e6, renders.get((int) (renders.size() * 0.95)) / 1e6, renders.size());
        System.out.print(report);
        Path out = Path.of("target", "benchmarks", "onewindow-happy-path.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** 城乡居民基本养老保险参保登记 (即办, one level): the shortest complete case. */
    private IntakeReceipt oneCase() {
        IntakeReceipt receipt = fixtures.receive(fixtures.intake("SI-001", true));
        signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.accept(fixtures.taskId(receipt, "Task_ReviewAcceptance"), null));
        signIn.as(HANDLER, () -> cases.handle(fixtures.taskId(receipt, "Task_Handle"), HandlingDecision.APPROVE, null));
        signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.deliver(fixtures.taskId(receipt, "Task_Deliver"),
                DeliveryMethod.PICKUP, null));
        signIn.as(OneWindowFixtures.FRONT_DESK, () -> cases.rateAtCounter(receipt.caseId(),
                OneWindowFixtures.APPLICANT_ID, RatingLevel.SATISFIED, null));
        return receipt;
    }
}
