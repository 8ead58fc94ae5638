package org.tongban.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tongban.identity.StaffPrincipal;

/** Runs test code as a demo user, with the same principal the login form would produce. */
@Component
public class SignIn {

    private final UserDetailsService accounts;

    public SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public Authentication as(String username) {
        StaffPrincipal principal = (StaffPrincipal) accounts.loadUserByUsername(username);
        Authentication authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public <T> T as(String username, Supplier<T> work) {
        Authentication previous = SecurityContextHolder.getContext().getAuthentication();
        as(username);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
