package org.tongban.base.internal;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.SequenceNumbers;

/**
 * Counters as rows locked with SELECT … FOR UPDATE: the second of two concurrent callers waits for the first to
 * commit. A counter's row is created on first use in a transaction of its own and committed at once; creating it in
 * the caller's transaction let concurrent first callers deadlock on MariaDB (InnoDB's duplicate-key locks).
 */
@Service
class JdbcSequenceNumbers implements SequenceNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcSequenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String counterName) {
        ensureExists(counterName);
        long value = jdbc.queryForObject("SELECT next_value FROM base_sequence WHERE name = ? FOR UPDATE", Long.class,
                counterName);
        jdbc.update("UPDATE base_sequence SET next_value = ? WHERE name = ?", value + 1, counterName);
        return value;
    }

    private void ensureExists(String counterName) {
        List<Long> existing = jdbc.queryForList("SELECT next_value FROM base_sequence WHERE name = ?", Long.class, counterName);
        if (!existing.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            try {
                jdbc.update("INSERT INTO base_sequence (name, next_value) VALUES (?, 1)", counterName);
            } catch (DuplicateKeyException createdConcurrently) {
                // Another caller created it first: fine, it starts at 1 either way.
            }
        });
    }
}
