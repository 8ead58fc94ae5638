package org.tongban.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tongban.base.AuditTrail;
import org.tongban.base.Messages;
import org.tongban.base.web.PublicPaths;
import org.tongban.identity.Roles;
import org.tongban.identity.StaffPrincipal;
import org.tongban.identity.ui.LoginView;

/**
 * Three filter chains over one set of accounts:
 * <ol>
 *   <li>{@code /api/v1/**}: stateless HTTP Basic for other systems and service accounts; errors as problem details;</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin for administrators only, signed in through our login page
 *       (the web apps' own CSRF protection stays on, see {@link CamundaWebappSso});</li>
 *   <li>everything else: the Vaadin UI with its login view and view-level access annotations; service accounts are
 *       refused at its sign-in form.</li>
 * </ol>
 * The two chains with sessions share one {@link SessionRegistry}, so that a change of someone's access can end their
 * sessions ({@link StaffSessions}); the number of sessions per user is not limited. Refusals of signed-in callers by
 * the API and Cockpit chains, and service accounts at the sign-in form, are written to the audit trail.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties(SecuritySettings.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    PasswordEncoder passwordEncoder(@Value("${tongban.security.bcrypt-strength:10}") int strength) {
        return new BCryptPasswordEncoder(strength);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when the container ends a session or changes its id. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SessionInformationExpiredStrategy expiredSessionRedirect(RequestUtil vaadinRequests) {
        return new ExpiredSessionRedirect(vaadinRequests);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, Messages messages, ObjectMapper objectMapper, AuditTrail audit)
            throws Exception {
        return http.securityMatcher(path("/api/v1/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, exception) ->
                        writeProblem(response, HttpStatus.UNAUTHORIZED, messages.get(locale(request), "error.unauthorized"),
                                objectMapper, true)))
                .exceptionHandling(handling -> handling.accessDeniedHandler(new AuditedAccessDenied(audit,
                        (request, response, exception) -> writeProblem(response, HttpStatus.FORBIDDEN,
                                messages.get(locale(request), "error.forbidden"), objectMapper, false))))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                     SessionInformationExpiredStrategy expiredSessions, AuditTrail audit) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Roles.ADMIN_AUTHORITY))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH))
                        .accessDeniedHandler(new AuditedAccessDenied(audit, new AccessDeniedHandlerImpl())))
                .sessionManagement(sessions -> expireWith(sessions, sessionRegistry, expiredSessions))
                // Camunda's web apps send their own X-XSRF-TOKEN, checked by their CsrfPreventionFilter.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain uiChain(HttpSecurity http, UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                AuthenticationEventPublisher authenticationEvents, AuditTrail audit,
                                SessionRegistry sessionRegistry, SessionInformationExpiredStrategy expiredSessions,
                                List<PublicPaths> publicPaths) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(path("/actuator/health"), path("/actuator/health/**"), path("/api/docs"),
                        path("/api/docs/**"), path("/swagger-ui/**"))
                .permitAll());
        // Modules' own public pages (plain GET pages such as the certificate verification page).
        RequestMatcher[] modulePages = publicPaths.stream().flatMap(paths -> paths.patterns().stream())
                .map(SecurityConfiguration::path).toArray(RequestMatcher[]::new);
        if (modulePages.length > 0) {
            http.authorizeHttpRequests(requests -> requests.requestMatchers(modulePages).permitAll());
        }
        http.authenticationManager(screenSignIn(accounts, passwordEncoder, authenticationEvents, audit));
        http.sessionManagement(sessions -> expireWith(sessions, sessionRegistry, expiredSessions));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** Registers each signed-in session, unlimited in number, and sends expired ones to the login page. */
    private static void expireWith(SessionManagementConfigurer<HttpSecurity> sessions, SessionRegistry sessionRegistry,
                                   SessionInformationExpiredStrategy expiredSessions) {
        sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredSessionStrategy(expiredSessions);
    }

    /**
     * The sign-in form's accounts check: the usual one (password, locked, disabled, with the events that count
     * failures), and then service accounts are refused, so they never hold a session for the screens. Their
     * password is still checked first: a wrong one counts towards the lockout like anyone's. The refusal is audited:
     * a service account's credentials at the form are someone holding them where they should not.
     */
    private static AuthenticationManager screenSignIn(UserDetailsService accounts, PasswordEncoder passwordEncoder,
                                                      AuthenticationEventPublisher authenticationEvents,
                                                      AuditTrail audit) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        AccountStatusUserDetailsChecker accountStatus = new AccountStatusUserDetailsChecker();
        provider.setPostAuthenticationChecks(user -> {
            accountStatus.check(user);
            if (user instanceof StaffPrincipal principal && principal.isServiceAccount()) {
                audit.denied("login.service-account", "staff:" + principal.getUsername(), "sign-in form");
                throw new ServiceAccountSignInRefused("Service accounts use the REST API, not the screens");
            }
        });
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    /**
     * Matches the whole path within the application. String matchers would match Spring MVC paths only and miss the
     * Camunda web apps' own JAX-RS servlet under /camunda/api/*, letting its requests fall through to the UI chain.
     */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Messages.DEFAULT_LOCALE;
    }

    private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail,
                                     ObjectMapper objectMapper, boolean challenge) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(java.net.URI.create("urn:tongban:problem:" + status.value()));
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        if (challenge) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tongban\", charset=\"UTF-8\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
