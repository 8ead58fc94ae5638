package org.tongban.identity.internal;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends the open screen and Cockpit sessions of a staff member whose access changed: their principal was built at
 * sign-in and would keep the old roles and groups. The next request of such a session goes to the login page (see
 * {@link SecurityConfiguration}).
 */
@Component
class StaffSessions {

    private final SessionRegistry sessionRegistry;

    StaffSessions(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** After the change is committed: a change that rolls back leaves the sessions alone. */
    void expireAfterCommit(String username) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            expire(username);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                expire(username);
            }
        });
    }

    private void expire(String username) {
        sessionRegistry.getAllPrincipals().stream()
                .filter(principal -> principal instanceof UserDetails user && user.getUsername().equals(username))
                .flatMap(principal -> sessionRegistry.getAllSessions(principal, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
