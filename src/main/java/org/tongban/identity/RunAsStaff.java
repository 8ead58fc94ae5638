package org.tongban.identity;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs work on behalf of a staff member outside a request, with the principal a sign-in would give them: used by
 * start-up seeding and background jobs so that the data-scope rules apply to them as to anyone.
 */
@Component
public class RunAsStaff {

    private final UserDetailsService accounts;

    public RunAsStaff(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public <T> T call(String username, Supplier<T> work) {
        StaffPrincipal principal = (StaffPrincipal) accounts.loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
