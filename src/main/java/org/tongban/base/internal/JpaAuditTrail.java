package org.tongban.base.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditEntry;
import org.tongban.base.AuditLog;
import org.tongban.base.AuditTrail;

@Service
class JpaAuditTrail implements AuditTrail, AuditLog {

    private static final Logger log = LoggerFactory.getLogger(JpaAuditTrail.class);
    static final String ANONYMOUS = "anonymous";

    private final AuditEvents events;
    private final Clock clock;

    JpaAuditTrail(AuditEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    // Each entry point is transactional itself: a call from one to another would bypass the proxy.

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void denied(String action, String target, String detail) {
        write(action, target, Outcome.DENIED, detail);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void allowed(String action, String target, String detail) {
        write(action, target, Outcome.ALLOWED, detail);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String target, Outcome outcome, String detail) {
        write(action, target, outcome, detail);
    }

    private void write(String action, String target, Outcome outcome, String detail) {
        String actor = currentActor();
        if (outcome == Outcome.DENIED) {
            log.warn("Denied {} on {} for {}: {}", action, target, actor, detail);
        }
        events.save(new AuditEvent(LocalDateTime.now(clock), actor, action, target, outcome, detail));
    }

    /** Administrators only (the authority name of identity's admin role; base cannot refer to identity). */
    @Override
    @RolesAllowed("ADMIN")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(String text, Pageable pageable) {
        String pattern = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(Locale.ROOT) + "%";
        return events.search(pattern, pageable).map(AuditEvent::toEntry);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? ANONYMOUS : authentication.getName();
    }
}
