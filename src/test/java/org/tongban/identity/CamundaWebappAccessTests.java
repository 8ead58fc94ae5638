package org.tongban.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.testing.TongbanTest;

/** Cockpit, Tasklist and Admin are for administrators, behind our own login; the API documentation is public. */
@TongbanTest
class CamundaWebappAccessTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anonymousVisitorsAreSentToOurLoginPage() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void staffWithoutTheAdminRoleAreRefused() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/").with(user(accounts.loadUserByUsername("sunli"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/camunda/api/engine/engine/default/task").with(user(accounts.loadUserByUsername("zhangwei"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void administratorsPassOurSecurity() throws Exception {
        int status = mvc.perform(get("/camunda/app/cockpit/default/").with(user(accounts.loadUserByUsername("admin"))))
                .andReturn().getResponse().getStatus();
        org.assertj.core.api.Assertions.assertThat(status).isNotIn(302, 401, 403);
    }

    @Test
    void theApiDocumentationIsPublicAndListsTheInbox() throws Exception {
        mvc.perform(get("/api/docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/tasks']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
    }
}
