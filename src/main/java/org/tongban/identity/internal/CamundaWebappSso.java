package org.tongban.identity.internal;

import java.util.ArrayList;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;

/**
 * Single sign-on for Cockpit, Tasklist and Admin: whoever Spring Security has signed in (administrators only, see
 * {@link SecurityConfiguration}) is signed in to the Camunda web apps too, with the same groups.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebappSso {

    /** After Spring Security's filter chain, so its security context is set. */
    private static final int FILTER_ORDER = 101;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaSsoFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    /** Instantiated by Camunda's filter by class name, hence public with a no-argument constructor. */
    public static class SpringSecurityAuthentication implements AuthenticationProvider {

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || !(authentication.getPrincipal() instanceof StaffPrincipal principal)
                    || !principal.hasRole(Roles.ADMIN)) {
                // Spring Security already keeps others out; this keeps them out should a path ever slip past it.
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(principal.getUsername());
            result.setGroups(new ArrayList<>(principal.groups()));
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Unauthenticated requests never get here: Spring Security sends them to our login page first.
        }
    }
}
