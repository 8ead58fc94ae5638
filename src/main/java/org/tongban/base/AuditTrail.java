package org.tongban.base;

/**
 * Append-only record of what must be answerable later: refused access, reads of personal data, administrative
 * changes. Written in its own transaction so a refusal is recorded even when the caller's work rolls back.
 */
public interface AuditTrail {

    /** How the audited action ended. */
    enum Outcome { ALLOWED, DENIED }

    void record(String action, String target, Outcome outcome, String detail);

    void denied(String action, String target, String detail);

    void allowed(String action, String target, String detail);
}
