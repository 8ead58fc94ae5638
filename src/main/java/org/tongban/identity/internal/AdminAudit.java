package org.tongban.identity.internal;

import org.springframework.stereotype.Component;
import org.tongban.base.AuditTrail;
import org.tongban.base.AuditTrail.Outcome;

/**
 * The administration services' audit entries. Calls {@link AuditTrail#record} itself rather than its
 * {@code allowed}/{@code denied} shortcuts: those are interface default methods, which reach {@code record} inside
 * the audit bean and so skip its own transaction; a refusal would then roll back with the refused work, and a read
 * in a read-only transaction could not be written at all.
 */
@Component
class AdminAudit {

    private final AuditTrail auditTrail;

    AdminAudit(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    void allowed(String action, String target, String detail) {
        auditTrail.record(action, target, Outcome.ALLOWED, detail);
    }

    void denied(String action, String target, String detail) {
        auditTrail.record(action, target, Outcome.DENIED, detail);
    }
}
