package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.identity.internal.SecuritySettings;
import org.tongban.identity.internal.ServiceAccountSignInRefused;
import org.tongban.identity.internal.Staff;
import org.tongban.identity.internal.StaffMembers;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The sign-in form as the browser posts it, through the real filter chains: lockout counting, the last sign-in
 * time, and the refusals the login view explains.
 */
@TongbanTest
@Tag("db")
class SignInTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    StaffAdministration staff;

    @Autowired
    StaffMembers staffMembers;

    @Autowired
    SecuritySettings settings;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aSuccessfulFormSignInRecordsTheTimeAndClearsEarlierFailures() throws Exception {
        String username = newWorker();
        signInWith(username, "wrong-password1");
        signInWith(username, "wrong-password2");
        assertThat(stored(username).getFailedAttempts()).isEqualTo(2);

        signInWith(username, AdminFixtures.PASSWORD)
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));

        Staff after = stored(username);
        assertThat(after.getFailedAttempts()).isZero();
        assertThat(after.getLastLoginAt()).as("last sign-in recorded for a form sign-in").isNotNull();
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        String username = newWorker();
        MockHttpSession session = (MockHttpSession) signInWith(username, AdminFixtures.PASSWORD)
                .andExpect(authenticated().withUsername(username)).andReturn().getRequest().getSession();

        mvc.perform(post("/logout").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(unauthenticated());

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String username = newWorker();
        for (int i = 0; i < settings.maxFailures(); i++) {
            assertThat(refusal(signInWith(username, "wrong-password" + i))).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(refusal(signInWith(username, AdminFixtures.PASSWORD).andExpect(unauthenticated())))
                .isInstanceOf(LockedException.class);
        assertThat(stored(username).getLockedUntil()).isNotNull();

        signIn.as("admin", () -> staff.unlock(username));
        signInWith(username, AdminFixtures.PASSWORD).andExpect(authenticated().withUsername(username));
    }

    @Test
    void disabledAccountsAreRefused() throws Exception {
        String username = newWorker();
        signIn.as("admin", () -> staff.disable(username));

        assertThat(refusal(signInWith(username, AdminFixtures.PASSWORD).andExpect(unauthenticated())))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() throws Exception {
        assertThat(refusal(signInWith("nobody-at-all", AdminFixtures.PASSWORD))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void serviceAccountsCannotSignInToTheScreensButKeepTheApi() throws Exception {
        assertThat(refusal(signInWith("api-client", "tongban2026").andExpect(unauthenticated())))
                .isInstanceOf(ServiceAccountSignInRefused.class);

        mvc.perform(get("/api/v1/me").with(httpBasic("api-client", "wrong-password")))
                .andExpect(status().isUnauthorized());
        // The success afterwards also clears the failure just counted for the shared demo account.
        mvc.perform(get("/api/v1/me").with(httpBasic("api-client", "tongban2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("api-client"))
                // A service account gets roles from an administrator only; the demo grants it none.
                .andExpect(jsonPath("$.assignments").isEmpty())
                .andExpect(jsonPath("$.groups").isEmpty());
        assertThat(stored("api-client").getFailedAttempts()).isZero();
    }

    private String newWorker() {
        return signIn.as("admin", () -> staff.create(new NewStaff(AdminFixtures.username("login"), "登录测试", null,
                AdminFixtures.PASSWORD, false, List.of(new StaffAdministration.UnitRole("CM004", Roles.FRONT_DESK))))).username();
    }

    private org.springframework.test.web.servlet.ResultActions signInWith(String username, String password) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession())
                .param("username", username).param("password", password).with(csrf()));
    }

    /** The refusal the failure handler keeps in the session for the login view. */
    private static Object refusal(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        MvcResult outcome = result.andExpect(redirectedUrl("/login?error")).andReturn();
        return outcome.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private Staff stored(String username) {
        return staffMembers.findByUsername(username).orElseThrow();
    }
}
