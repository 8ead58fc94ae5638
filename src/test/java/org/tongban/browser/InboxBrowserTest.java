package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 我的待办 → 办理 → 已办 in a real browser: a department reviewer signs in, finds a leave request in the inbox,
 * claims it, completes its form and finds it under 已办. The case itself is started over the REST API by the
 * applicant, so the test does not depend on the seeded demo cases.
 */
class InboxBrowserTest extends BrowserTestBase {

    @Test
    void aReviewerClaimsAndCompletesATaskThroughItsFormAndFindsItUnderDone() throws Exception {
        String businessKey = startLeaveRequestAs("liuyang");
        String taskId = api("sunli", "GET", "/api/v1/tasks?q=" + businessKey, null).at("/items/0/id").asText();

        login("sunli");
        open("/tasks");
        WebElement search = waitFor(By.cssSelector("#inbox-search input"));
        search.sendKeys(businessKey);
        waitUntilGridHasRows("inbox-grid", 1);
        screenshot("InboxBrowserTest.1-inbox");

        click(By.id("open-" + taskId));
        waitForText(By.id("task-title"), "审核请假申请");
        click(By.id("task-claim"));
        waitFor(By.id("task-unclaim"));

        click(By.xpath("//vaadin-radio-group[@id='form-decision']//vaadin-radio-button[.//label[normalize-space()='同意']]"));
        WebElement opinion = waitFor(By.cssSelector("#form-reviewOpinion textarea"));
        opinion.sendKeys("同意，浏览器测试");
        opinion.sendKeys(Keys.TAB);
        screenshot("InboxBrowserTest.2-task-form");
        click(By.id("task-submit"));

        wait.until(ExpectedConditions.urlContains("/tasks"));
        open("/done");
        waitFor(By.cssSelector("#list-search input")).sendKeys(businessKey);
        waitUntilGridHasRows("done-grid", 1);
        waitForText(businessKey);
        assertThat(pageText()).contains("审核请假申请").contains("同意");
        screenshot("InboxBrowserTest.3-done");

        JsonNode done = api("sunli", "GET", "/api/v1/done?q=" + businessKey, null);
        assertThat(done.get("total").asInt()).isEqualTo(1);
        assertThat(done.at("/items/0/outcome").asText()).isEqualTo("同意");
    }

    /** Lazy grids filter on the server after a pause in typing: wait for the filtered size, not for any text. */
    private void waitUntilGridHasRows(String gridId, long rows) {
        waitUntil("grid " + gridId + " to show " + rows + " row(s)", browser -> {
            Object size = js("const grid = document.getElementById(arguments[0]); return grid ? grid.size : null;", gridId);
            return size instanceof Number number && number.longValue() == rows;
        });
        waitForVaadin();
    }

    private static String startLeaveRequestAs(String username) throws IOException, InterruptedException {
        String values = """
                {"values": {"leaveType": "annual", "startDate": "2026-12-14", "endDate": "2026-12-15", "days": 2,
                 "reason": "浏览器测试用的请假事由", "handover": ["work"], "contactPhone": "13912345678", "urgent": false}}
                """;
        return api(username, "POST", "/api/v1/processes/DemoLeaveRequest/cases", values).get("businessKey").asText();
    }
}
