package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.identity.StaffAdministration.StaffDetails;
import org.tongban.identity.StaffAdministration.StaffUpdate;
import org.tongban.identity.StaffAdministration.UnitRole;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/**
 * A principal is built at sign-in: when an administrator changes someone's access, their open sessions end, so the
 * old roles and groups do not live on in an open tab or in Cockpit.
 */
@TongbanTest
class SessionExpiryTests {

    @Autowired
    StaffAdministration staff;

    @Autowired
    SessionRegistry sessionRegistry;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    AdminFixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    WebApplicationContext context;

    private final List<String> sessionIds = new ArrayList<>();

    @BeforeEach
    void signInAsAdministrator() {
        signIn.as("admin");
    }

    @AfterEach
    void cleanUp() {
        sessionIds.forEach(sessionRegistry::removeSessionInformation);
        SignIn.out();
    }

    @Test
    void disablingSomeoneEndsTheirSessionsOnly() {
        StaffDetails worker = fixtures.frontDeskWorker("sess");
        StaffDetails colleague = fixtures.frontDeskWorker("sess");
        String workerSession = openSession(worker.username());
        String secondWorkerSession = openSession(worker.username());
        String colleagueSession = openSession(colleague.username());

        staff.disable(worker.username());

        assertThat(expired(workerSession)).isTrue();
        assertThat(expired(secondWorkerSession)).isTrue();
        assertThat(expired(colleagueSession)).isFalse();
    }

    @Test
    void changingRolesOrTheServiceAccountFlagEndsTheSessions() {
        StaffDetails worker = fixtures.frontDeskWorker("sess");
        String session = openSession(worker.username());

        StaffDetails renamed = staff.update(worker.username(), new StaffUpdate("改名不改权限", worker.phone(), false,
                List.of(new UnitRole("CM004", Roles.FRONT_DESK))), worker.version());
        assertThat(expired(session)).as("a new name changes no access").isFalse();

        StaffDetails moved = staff.update(worker.username(), new StaffUpdate(renamed.displayName(), renamed.phone(), false,
                List.of(new UnitRole("CM004", Roles.DIRECTOR))), renamed.version());
        assertThat(expired(session)).isTrue();

        String next = openSession(worker.username());
        staff.update(worker.username(), new StaffUpdate(moved.displayName(), moved.phone(), true,
                List.of(new UnitRole("CM004", Roles.DIRECTOR))), moved.version());
        assertThat(expired(next)).isTrue();
    }

    @Test
    void resettingThePasswordEndsTheSessions() {
        StaffDetails worker = fixtures.frontDeskWorker("sess");
        String session = openSession(worker.username());

        staff.resetPassword(worker.username(), "Renewed2026x");

        assertThat(expired(session)).isTrue();
    }

    @Test
    void aRefusedChangeEndsNothing() {
        StaffDetails worker = fixtures.frontDeskWorker("sess");
        String session = openSession(worker.username());

        fixtures.refusal(() -> staff.resetPassword(worker.username(), "short1"));

        assertThat(expired(session)).isFalse();
    }

    @Test
    void theNextRequestOfAnEndedScreenSessionGoesToTheLoginPageWithANotice() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String username = fixtures.frontDeskWorker("sess").username();
        MockHttpSession session = signInThroughTheForm(mvc, username);

        signIn.as("admin", () -> staff.disable(username));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void vaadinsOwnRequestsAreToldToLoadTheLoginPage() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String username = fixtures.frontDeskWorker("sess").username();
        MockHttpSession session = signInThroughTheForm(mvc, username);

        signIn.as("admin", () -> staff.resetPassword(username, "Renewed2026x"));

        String body = mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").session(session).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("appError").contains("/login?expired");
    }

    @Test
    void anEndedCockpitSessionGoesToTheLoginPageToo() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        StaffDetails administrator = fixtures.administrator("sess");
        MockHttpSession session = signInThroughTheForm(mvc, administrator.username());
        // Past our security (MockMvc has no Camunda servlet behind it, hence no 200).
        assertThat(mvc.perform(get("/camunda/app/cockpit/default/").session(session)).andReturn().getResponse().getStatus())
                .isNotIn(302, 401, 403);

        signIn.as("admin", () -> {
            StaffDetails current = staff.details(administrator.username());
            staff.update(current.username(), new StaffUpdate(current.displayName(), null, false,
                    List.of(new UnitRole("YX", Roles.EVALUATOR))), current.version());
        });

        mvc.perform(get("/camunda/app/cockpit/default/").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    /** Signs in as a browser would, with nobody signed in on the test's thread. */
    private MockHttpSession signInThroughTheForm(MockMvc mvc, String username) throws Exception {
        SignIn.out();
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").session(new MockHttpSession())
                        .param("username", username).param("password", AdminFixtures.PASSWORD).with(csrf()))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getRequest().getSession();
        sessionIds.add(session.getId());
        assertThat(sessionRegistry.getSessionInformation(session.getId())).as("registered at sign-in").isNotNull();
        return session;
    }

    /** What the sign-in form registers for a session, without a browser. */
    private String openSession(String username) {
        String id = "test-" + UUID.randomUUID();
        sessionRegistry.registerNewSession(id, accounts.loadUserByUsername(username));
        sessionIds.add(id);
        return id;
    }

    private boolean expired(String sessionId) {
        return sessionRegistry.getSessionInformation(sessionId).isExpired();
    }
}
