package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;

/**
 * Counts wrong passwords towards the lockout and clears the count on success. Interactive sign-ins also record the
 * last sign-in time; REST calls with HTTP Basic only write when there is a failure count to clear.
 */
@Component
class LoginAttempts {

    private final StaffMembers staffMembers;
    private final SecuritySettings settings;
    private final AuditTrail auditTrail;
    private final Clock clock;

    LoginAttempts(StaffMembers staffMembers, SecuritySettings settings, AuditTrail auditTrail, Clock clock) {
        this.staffMembers = staffMembers;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim();
        staffMembers.findByUsername(username).ifPresent(staff -> {
            LocalDateTime now = LocalDateTime.now(clock);
            staff.recordFailedLogin(now, settings.maxFailures(), settings.duration());
            if (staff.isLockedAt(now)) {
                auditTrail.denied("login.locked", "staff:" + username, "locked until " + staff.getLockedUntil());
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        staffMembers.findByUsername(event.getAuthentication().getName())
                .filter(staff -> staff.getFailedAttempts() > 0)
                .ifPresent(Staff::unlock);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        staffMembers.findByUsername(event.getAuthentication().getName())
                .ifPresent(staff -> staff.recordSuccessfulLogin(LocalDateTime.now(clock)));
    }
}
