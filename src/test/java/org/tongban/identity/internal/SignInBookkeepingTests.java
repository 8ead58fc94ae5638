package org.tongban.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.identity.AdminFixtures;
import org.tongban.identity.StaffAdministration;
import org.tongban.identity.StaffAdministration.StaffDetails;
import org.tongban.identity.StaffAdministration.StaffUpdate;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * Sign-in bookkeeping (failure count, lock, last sign-in) against the staff record's optimistic lock: concurrent wrong
 * passwords all count, and signing in does not invalidate the version an administrator's open dialog holds.
 */
@TongbanTest
@Tag("db")
class SignInBookkeepingTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    StaffMembers staffMembers;

    @Autowired
    StaffAdministration staff;

    @Autowired
    SecuritySettings settings;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void concurrentWrongPasswordsAllCountAndLockTheAccountOnce() throws Exception {
        String username = signIn.as("admin", () -> fixtures.frontDeskWorker("race")).username();
        int attempts = settings.maxFailures() + 3;
        ExecutorService threads = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                            UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong-password"),
                            new BadCredentialsException("wrong password")));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> outcome : outcomes) {
                outcome.get(30, TimeUnit.SECONDS); // rethrows a failed bookkeeping transaction
            }
        } finally {
            threads.shutdownNow();
        }

        Staff stored = staffMembers.findByUsername(username).orElseThrow();
        assertThat(stored.getLockedUntil()).as("locked").isNotNull();
        assertThat(stored.getFailedAttempts()).as("the count starts again after the lock").isZero();
        assertThat(jdbc.queryForObject("select count(*) from base_audit_event where action = 'login.locked' and target = ?",
                Long.class, "staff:" + username)).as("locked once").isEqualTo(1);
    }

    @Test
    void signingInLeavesTheVersionAnAdministratorEditsAgainst() throws Exception {
        StaffDetails opened = signIn.as("admin", () -> fixtures.frontDeskWorker("ver"));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        // A wrong password, then a sign-in: the count, its reset and the last sign-in time are written.
        mvc.perform(post("/login").session(new MockHttpSession())
                .param("username", opened.username()).param("password", "wrong-password1").with(csrf()));
        mvc.perform(post("/login").session(new MockHttpSession())
                        .param("username", opened.username()).param("password", AdminFixtures.PASSWORD).with(csrf()))
                .andExpect(authenticated().withUsername(opened.username()));
        assertThat(staffMembers.findByUsername(opened.username()).orElseThrow().getLastLoginAt()).isNotNull();

        StaffDetails saved = signIn.as("admin", () -> staff.update(opened.username(), new StaffUpdate("改过的名字",
                opened.phone(), false, List.of(new UnitRole("CM004", "front-desk"))), opened.version()));

        assertThat(saved.displayName()).isEqualTo("改过的名字");
        assertThat(saved.lastLoginAt()).as("the administrator's save keeps the sign-in time").isNotNull();
    }
}
