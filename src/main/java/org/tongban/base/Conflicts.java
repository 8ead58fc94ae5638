package org.tongban.base;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Turns lost updates into the conflict message administrators understand. A change carries the version the caller
 * saw; a stale one is refused before anything is written, and a write racing another one fails at the flush. Each
 * module names its own message for a stale change ({@code staleKey}), e.g. "该事项已被他人修改".
 */
public final class Conflicts {

    private final String staleKey;

    public Conflicts(String staleKey) {
        this.staleKey = staleKey;
    }

    /** The message key of a stale change. */
    public String staleKey() {
        return staleKey;
    }

    public void requireVersion(Long actual, long expected) {
        if (actual == null || actual != expected) {
            throw BusinessException.conflict(staleKey);
        }
    }

    /**
     * Writes pending changes now, inside the service method, so a race ends in a readable refusal rather than in a
     * failed commit; a unique key taken in the meantime is reported with {@code duplicateKey}.
     */
    public void flush(JpaRepository<?, ?> repository, String duplicateKey, Object... duplicateArguments) {
        try {
            repository.flush();
        } catch (OptimisticLockingFailureException exception) {
            throw BusinessException.conflict(staleKey);
        } catch (DataIntegrityViolationException exception) {
            throw BusinessException.conflict(duplicateKey, duplicateArguments);
        }
    }
}
