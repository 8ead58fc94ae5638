package org.tongban.purchasedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.testing.TongbanTest;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The public notice page: open without a login, what it publishes, and what it does not. */
@TongbanTest
@Tag("db")
class PurchaseNoticesPageTests {

    @Autowired
    WebApplicationContext context;
    @Autowired
    ProjectFixtures fixtures;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String page(String path, int expectedStatus) throws Exception {
        return mvc().perform(get(path).header("Accept-Language", "zh-CN")).andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anyoneReadsThePublishedNoticesWithoutSigningIn() throws Exception {
        String why = "服务对象为本村留守老人，只有桃源村村民委员会掌握名单并能逐户上门，故采用单一来源。";
        ProjectReceipt published = fixtures.published(fixtures.draft(fixtures.line("1000000"))
                .title("桃源村留守老人<关爱>服务").circumstance(Circumstance.SINGLE_SOURCE, why));

        String list = page("/purchases", 200);
        assertThat(list).contains("政府购买服务公告", published.projectNumber(), "单一来源", "报名中")
                .contains("桃源村留守老人&lt;关爱&gt;服务").doesNotContain("<关爱>");

        String notice = page("/purchases/" + published.projectNumber(), 200);
        assertThat(notice).contains("评审因素及分值", "服务方案", "组织实施能力", why)
                .contains("300,000.00 元", "吴浩 0571-12345678", "12 个月");
    }

    @Test
    void theResultAndTheAcceptanceWithTheServiceUsersArePublishedOnTheNotice() throws Exception {
        ProjectReceipt accepted = fixtures.accepted(fixtures.draft(fixtures.line("1000000")).publicCommitment());

        String notice = page("/purchases/" + accepted.projectNumber(), 200);

        assertThat(notice).contains("中选结果公告", "中选承接主体：云溪县阳光社会工作服务中心", "280,000.00 元")
                .contains("履约验收结果", "验收合格", "回收 28 份，满意率 92.9%")
                .contains("公开承诺及评议", "责任主体：县民政局");
    }

    @Test
    void aProjectNotYetPublishedIsNotFound() throws Exception {
        ProjectReceipt inReview = fixtures.initiate(fixtures.draft(fixtures.line("1000000")));

        assertThat(page("/purchases/" + inReview.projectNumber(), 404)).contains("未找到该公告");
        assertThat(page("/purchases", 200)).doesNotContain(inReview.projectNumber());
        page("/purchases/GM-NOPE", 404);
    }
}
