package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.identity.StaffAdministration.NewStaff;
import org.tongban.testing.SignIn;
import org.tongban.testing.TongbanTest;

/** Refusals by the security filter chains are answerable later: each leaves a denied entry in the audit trail. */
@TongbanTest
@Tag("db")
class RefusalAuditTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    StaffAdministration staff;

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
    void aServiceAccountAtTheSignInFormIsRecorded() throws Exception {
        String username = AdminFixtures.username("svc");
        signIn.as("admin", () -> staff.create(new NewStaff(username, "测试接口账号", null, AdminFixtures.PASSWORD, true,
                List.of())));

        mvc.perform(post("/login").session(new MockHttpSession())
                        .param("username", username).param("password", AdminFixtures.PASSWORD).with(csrf()))
                .andExpect(unauthenticated());

        assertThat(denials("login.service-account", "staff:" + username)).isEqualTo(1);
    }

    @Test
    void aRefusedCockpitRequestIsRecordedWithItsPath() throws Exception {
        String path = "/camunda/app/cockpit/default/";
        long before = denials("access.denied", "path:" + path, "sunli");

        mvc.perform(get(path).with(user(accounts.loadUserByUsername("sunli")))).andExpect(status().isForbidden());

        assertThat(denials("access.denied", "path:" + path, "sunli")).isEqualTo(before + 1);
    }

    /**
     * Signed-in callers pass the API chain's own rule; a refusal reaches its handler from further down (a filter or
     * servlet behind it), which the extra filter here stands for.
     */
    @Test
    void aRefusedApiRequestIsRecordedWithItsPathAndAnsweredAsAProblem() throws Exception {
        String path = "/api/v1/me";
        Filter refuse = (request, response, chain) -> {
            throw new AccessDeniedException("refused further down");
        };
        MockMvc refusing = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).addFilter(refuse, path).build();
        long before = denials("access.denied", "path:" + path, "wangfang");

        refusing.perform(get(path).with(httpBasic("wangfang", "tongban2026")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").exists());

        assertThat(denials("access.denied", "path:" + path, "wangfang")).isEqualTo(before + 1);
    }

    private long denials(String action, String target) {
        return jdbc.queryForObject("select count(*) from base_audit_event where action = ? and target = ? and outcome = 'DENIED'",
                Long.class, action, target);
    }

    private long denials(String action, String target, String actor) {
        return jdbc.queryForObject("""
                select count(*) from base_audit_event
                where action = ? and target = ? and actor = ? and outcome = 'DENIED'""", Long.class, action, target, actor);
    }
}
