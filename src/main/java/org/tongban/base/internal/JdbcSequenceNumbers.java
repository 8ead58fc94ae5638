package org.tongban.base.internal;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.SequenceNumbers;

/**
 * Counters as rows locked with SELECT … FOR UPDATE: the second of two concurrent callers waits for the first to
 * commit. A counter's first use inserts its row; a concurrent first insert loses on the primary key and retries.
 */
@Service
class JdbcSequenceNumbers implements SequenceNumbers {

    private final JdbcTemplate jdbc;

    JdbcSequenceNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String counterName) {
        List<Long> current = jdbc.queryForList(
                "SELECT next_value FROM base_sequence WHERE name = ? FOR UPDATE", Long.class, counterName);
        if (current.isEmpty()) {
            if (tryCreate(counterName)) {
                return 1;
            }
            current = jdbc.queryForList(
                    "SELECT next_value FROM base_sequence WHERE name = ? FOR UPDATE", Long.class, counterName);
        }
        long value = current.get(0);
        jdbc.update("UPDATE base_sequence SET next_value = ? WHERE name = ?", value + 1, counterName);
        return value;
    }

    private boolean tryCreate(String counterName) {
        try {
            jdbc.update("INSERT INTO base_sequence (name, next_value) VALUES (?, 2)", counterName);
            return true;
        } catch (DataIntegrityViolationException concurrentFirstUse) {
            return false;
        }
    }
}
