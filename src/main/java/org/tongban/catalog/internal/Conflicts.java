package org.tongban.catalog.internal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tongban.base.BusinessException;

/**
 * Turns lost updates into a message administrators understand: a change carries the version the caller saw; a stale
 * one is refused before anything is written, and a write racing another one fails at the flush.
 */
final class Conflicts {

    static final String CONCURRENT_MODIFICATION = "catalog.error.concurrent-modification";

    private Conflicts() {
    }

    static void requireVersion(Long actual, long expected) {
        if (actual == null || actual != expected) {
            throw BusinessException.conflict(CONCURRENT_MODIFICATION);
        }
    }

    /** Writes now, inside the service method, so a race ends in a readable refusal rather than a failed commit. */
    static void flush(JpaRepository<?, ?> repository, String duplicateKey, Object... duplicateArguments) {
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException exception) {
            throw BusinessException.conflict(CONCURRENT_MODIFICATION);
        } catch (DataIntegrityViolationException exception) {
            throw BusinessException.conflict(duplicateKey, duplicateArguments);
        }
    }
}
