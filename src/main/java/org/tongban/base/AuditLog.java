package org.tongban.base;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Read side of the audit trail, for administrators. */
public interface AuditLog {

    /** Newest first; {@code text} matches actor, action or target, blank for all. */
    Page<AuditEntry> search(String text, Pageable pageable);
}
