package org.tongban.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * ZM-<community>-<yyyy>-<seq>: directors approving at the same moment never share or skip a number (CI runs this on
 * MariaDB, where the counter row's lock is what keeps them apart).
 */
@TongbanTest
@Tag("db")
class CertificateNumberingTests {

    private static final int AT_ONCE = 6;

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

    @Test
    void issuancesAtTheSameMomentGetConsecutiveDistinctNumbers() throws Exception {
        List<SubmittedRequest> waiting = IntStream.range(0, AT_ONCE)
                .mapToObj(i -> fixtures.checked(RequestFixtures.VOLUNTEER)).toList();
        List<String> tasks = waiting.stream()
                .map(request -> fixtures.taskId(request.requestNumber(), "Task_Approve")).toList();
        ExecutorService directors = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> approvals = tasks.stream().map(task -> directors.<Object>submit(() -> {
                go.await();
                signIn.as(RequestFixtures.DIRECTOR, () -> requests.approve(task, true, null));
                return null;
            })).toList();
            go.countDown();
            for (Future<Object> approval : approvals) {
                approval.get(120, TimeUnit.SECONDS);
            }
        } finally {
            directors.shutdownNow();
        }

        List<Long> sequences = waiting.stream()
                .map(request -> fixtures.detail(request.id()).certificate().number())
                .map(number -> Long.parseLong(number.substring(number.lastIndexOf('-') + 1)))
                .sorted().toList();
        assertThat(sequences).doesNotHaveDuplicates();
        assertThat(sequences.get(AT_ONCE - 1) - sequences.get(0)).as("no gap").isEqualTo(AT_ONCE - 1);
        assertThat(waiting).allSatisfy(request -> assertThat(fixtures.detail(request.id()).certificate().number())
                .startsWith("ZM-CM001-" + fixtures.today().getYear() + "-"));
    }
}
