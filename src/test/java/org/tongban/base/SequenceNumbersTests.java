package org.tongban.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.testing.TongbanTest;

@TongbanTest
@Tag("db")
class SequenceNumbersTests {

    @Autowired
    SequenceNumbers sequences;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void countsFromOneWithoutGaps() {
        String counter = "test:" + System.nanoTime();
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            values.add(transactions.execute(status -> sequences.next(counter)));
        }
        assertThat(values).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRolledBackNumberIsHandedOutAgain() {
        String counter = "test:" + System.nanoTime();
        transactions.execute(status -> sequences.next(counter));
        transactions.execute(status -> {
            sequences.next(counter);
            status.setRollbackOnly();
            return null;
        });
        Long reissued = transactions.execute(status -> sequences.next(counter));
        assertThat(reissued).isEqualTo(2L);
    }

    @Test
    void concurrentCallersNeverShareOrSkipANumber() throws Exception {
        String counter = "test:" + System.nanoTime();
        int callers = 8;
        int each = 10;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> issued = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (int caller = 0; caller < callers; caller++) {
            futures.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    issued.add(transactions.execute(status -> sequences.next(counter)));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> future : futures) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(issued).hasSize(callers * each).doesNotHaveDuplicates();
        assertThat(issued.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(callers * each);
    }

    @Test
    void refusesToRunOutsideATransaction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sequences.next("test:no-tx"))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
