package org.tongban.base;

import java.time.LocalDateTime;

/** One line of the audit trail as shown to administrators. */
public record AuditEntry(long id, LocalDateTime occurredAt, String actor, String action, String target,
                         AuditTrail.Outcome outcome, String detail) {
}
