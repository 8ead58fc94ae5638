package org.tongban.identity.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.base.AuditTrail;

/**
 * Counts wrong passwords towards the lockout and clears the count on success. Interactive sign-ins also record the
 * last sign-in time; REST calls with HTTP Basic only write when there is a failure count to clear.
 *
 * <p>Each piece of bookkeeping is a short transaction of its own that locks the staff row first, so concurrent
 * sign-ins of one account queue instead of overwriting each other's count. The audit entry is written after it, so a
 * sign-in never holds two connections.
 */
@Component
class LoginAttempts {

    private final StaffMembers staffMembers;
    private final SecuritySettings settings;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate bookkeeping;

    LoginAttempts(StaffMembers staffMembers, SecuritySettings settings, AuditTrail auditTrail, Clock clock,
                  PlatformTransactionManager transactionManager) {
        this.staffMembers = staffMembers;
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.bookkeeping = new TransactionTemplate(transactionManager);
        this.bookkeeping.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName()).trim();
        Optional<LocalDateTime> lockedUntil = bookkeeping.execute(status -> staffMembers.lockByUsername(username)
                .filter(staff -> staff.recordFailedLogin(LocalDateTime.now(clock), settings.maxFailures(), settings.duration()))
                .map(Staff::getLockedUntil));
        lockedUntil.ifPresent(until -> auditTrail.denied("login.locked", "staff:" + username, "locked until " + until));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        // Every REST call signs in: only a count to clear is worth a locked write.
        if (staffMembers.existsByUsernameAndFailedAttemptsGreaterThan(username, 0)) {
            bookkeeping.executeWithoutResult(status -> staffMembers.lockByUsername(username).ifPresent(Staff::unlock));
        }
    }

    @EventListener
    public void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        bookkeeping.executeWithoutResult(status -> staffMembers.lockByUsername(event.getAuthentication().getName())
                .ifPresent(staff -> staff.recordSuccessfulLogin(LocalDateTime.now(clock))));
    }
}
