package org.tongban.inbox;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.testing.TongbanTest;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The REST API over HTTP (MockMvc with the real security filter chain), including its Chinese problem details. */
@TongbanTest
class InboxApiTests {

    static final String PASSWORD = "tongban2026";

    @Autowired
    WebApplicationContext context;

    @Autowired
    ObjectMapper json;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String startCase() throws Exception {
        String body = json.writeValueAsString(java.util.Map.of("values", DemoRequests.validRequest()));
        String response = mvc.perform(post("/api/v1/processes/DemoLeaveRequest/cases").with(httpBasic(DemoRequests.APPLICANT, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/cases/")))
                .andExpect(jsonPath("$.businessKey").value(org.hamcrest.Matchers.matchesPattern("QJ-\\d{8}-\\d{4}")))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("businessKey").asText();
    }

    @Test
    void withoutCredentialsTheApiAnswers401InChinese() throws Exception {
        mvc.perform(get("/api/v1/tasks"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")))
                .andExpect(jsonPath("$.detail").value("请先登录：需要有效的用户名和密码。"));
        mvc.perform(get("/api/v1/tasks").with(httpBasic(DemoRequests.REVIEWER, "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aServiceAccountMayUseTheApi() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("api-client", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.serviceAccount").value(true));
    }

    @Test
    void theReviewerListsClaimsAndCompletesATaskOverRest() throws Exception {
        String businessKey = startCase();

        String page = mvc.perform(get("/api/v1/tasks").param("q", businessKey).with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].name").value("审核请假申请"))
                .andReturn().getResponse().getContentAsString();
        String taskId = json.readTree(page).at("/items/0/id").asText();

        mvc.perform(get("/api/v1/tasks/" + taskId).with(httpBasic("zhangwei", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("您无权查看或办理此任务：它不属于您所在单位或角色。"));

        mvc.perform(post("/api/v1/tasks/" + taskId + "/claim").with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(DemoRequests.REVIEWER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"decision\":\"sometimes\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(DemoRequests.REVIEWER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"decision\":\"approve\",\"reviewOpinion\":\"同意\"}}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/tasks/" + taskId + "/complete").with(httpBasic(DemoRequests.REVIEWER, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"decision\":\"approve\"}}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("该任务已办结。"));
    }

    @Test
    void anInvalidStartFormAnswers400WithEachFieldError() throws Exception {
        String response = mvc.perform(post("/api/v1/processes/DemoLeaveRequest/cases").with(httpBasic(DemoRequests.APPLICANT, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\":{\"contactPhone\":\"123\"}}"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        JsonNode problem = json.readTree(response);
        org.assertj.core.api.Assertions.assertThat(problem.get("errors")).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(problem.get("detail").asText()).startsWith("表单有");
    }

    @Test
    void malformedRequestsGetChineseProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/processes/DemoLeaveRequest/cases").with(httpBasic(DemoRequests.APPLICANT, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("请求体不是有效的 JSON，或字段类型不正确。"));
        mvc.perform(get("/api/v1/tasks").param("limit", "1000").with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("分页参数不正确（起始位置 0，每页条数 1000）：起始位置不能为负，每页 1–500 条。"));
        mvc.perform(get("/api/v1/tasks").param("scope", "EVERYTHING").with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("参数“scope”格式不正确。"));
        mvc.perform(get("/api/v1/cases/not-a-real-case").with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("办件不存在。"));
    }

    @Test
    void englishCallersGetEnglishMessages() throws Exception {
        mvc.perform(get("/api/v1/cases/not-a-real-case").header("Accept-Language", "en").with(httpBasic(DemoRequests.REVIEWER, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("The case does not exist."));
    }

    @Test
    void anOptionalCheckboxLeftOutCountsAsUnticked() throws Exception {
        java.util.Map<String, Object> values = new java.util.HashMap<>(DemoRequests.validRequest());
        values.remove("urgent");
        mvc.perform(post("/api/v1/processes/DemoLeaveRequest/cases").with(httpBasic(DemoRequests.APPLICANT, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("values", values))))
                .andExpect(status().isCreated());
    }
}
