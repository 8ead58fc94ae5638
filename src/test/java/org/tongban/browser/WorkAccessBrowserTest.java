package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 社区工作事项准入 end to end in a real browser: a department handler submits work not on the list (Ctrl+Enter), civil
 * affairs support it, the county approves it, the department dispatches it to the communities in scope, and a
 * community reports back. Screenshots of each page go to {@code target/screenshots}.
 */
class WorkAccessBrowserTest extends BrowserTestBase {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String TITLE = "社区老年人助餐需求摸底登记";

    @Test
    void requestReviewApprovalDispatchAndReport() throws Exception {
        LocalDate today = LocalDate.now(ZONE);
        login("liuyang");
        open("/workaccess/requests/new");
        waitFor(By.cssSelector("#wa-title input")).sendKeys(TITLE);
        waitFor(By.cssSelector("#wa-content textarea")).sendKeys("逐户登记 60 岁以上老年人的助餐需求。");
        waitFor(By.cssSelector("#wa-legal-basis textarea")).sendKeys("《老年人权益保障法》第三十七条");
        click(radio("wa-scope", "全县"));
        // Well beyond the lead time of working days, whatever the holidays.
        date("wa-start", today.plusDays(70));
        date("wa-end", today.plusDays(120));
        waitFor(By.cssSelector("#wa-hours input")).sendKeys("6");
        click(radio("wa-funding", "不提供经费"));
        waitFor(By.cssSelector("#wa-contact-name input")).sendKeys("刘洋");
        WebElement phone = waitFor(By.cssSelector("#wa-contact-phone input"));
        phone.sendKeys("13800000007");
        screenshot("WorkAccessBrowserTest.1-form");
        phone.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        wait.until(ExpectedConditions.urlMatches(".*/workaccess/requests/\\d+$"));
        String page = driver.getCurrentUrl().substring(driver.getCurrentUrl().indexOf("/workaccess/"));
        waitForText(By.id("wa-status"), "民政审查中");
        screenshot("WorkAccessBrowserTest.2-submitted");

        switchTo("zhouqiang", page);
        waitForText(By.id("wa-action-title"), "民政审查");
        click(radio("wa-review-decision", "支持"));
        waitFor(By.cssSelector("#wa-review-opinion textarea")).sendKeys("确属需要，建议报县级审定。");
        screenshot("WorkAccessBrowserTest.3-review");
        click(By.id("wa-action-submit"));
        waitForText(By.id("wa-status"), "县级审定中");

        switchTo("qianyu", page);
        waitForText(By.id("wa-action-title"), "县级审定");
        click(radio("wa-county-decision", "批准"));
        click(By.id("wa-action-submit"));
        waitForText(By.id("wa-status"), "已准入");
        String decision = waitFor(By.id("wa-decision-number")).getText();
        assertThat(decision).matches("ZR-YX-\\d{4}-\\d{4}");

        switchTo("liuyang", page);
        click(By.id("wa-dispatch"));
        waitFor(By.cssSelector("#wa-dispatch-instructions textarea")).sendKeys("请于期限内完成登记并反馈人数。");
        date("wa-dispatch-due", today.plusDays(80));
        screenshot("WorkAccessBrowserTest.4-dispatch");
        click(By.id("wa-dispatch-send"));
        waitForText("已派单 PD-");
        screenshot("WorkAccessBrowserTest.5-dispatched");

        // A refused dispatch — another department under this decision — leaves the community's inbox as it was.
        long inboxBefore = api("wangfang", "GET", "/api/v1/tasks", null).get("total").asLong();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(BASE_URL + "/api/v1/workaccess/dispatches"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("gaojie:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"decisionNumber\":\"" + decision + "\",\"title\":\"借用派单\","
                        + "\"instructions\":\"请配合\",\"dueOn\":\"" + today.plusDays(10) + "\","
                        + "\"communityCodes\":[\"CM001\"]}", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("workaccess.refusal.NOT_OWNER");
        assertThat(api("wangfang", "GET", "/api/v1/tasks", null).get("total").asLong()).isEqualTo(inboxBefore);

        String task = api("wangfang", "GET", "/api/v1/tasks?q=" + TITLE, null).at("/items/0/id").asText();
        switchTo("wangfang", "/task/" + task);
        waitForText(By.id("wa-work-decision"), decision);
        waitFor(By.cssSelector("#wa-feedback textarea")).sendKeys("已登记 86 户。");
        screenshot("WorkAccessBrowserTest.6-community");
        click(By.id("wa-work-submit"));
        wait.until(ExpectedConditions.urlContains("/tasks"));
    }

    private void switchTo(String username, String path) {
        driver.manage().deleteAllCookies();
        login(username);
        open(path);
    }

    private static By radio(String groupId, String label) {
        return By.xpath("//vaadin-radio-group[@id='" + groupId + "']/vaadin-radio-button[contains(., '" + label + "')]");
    }

    private void date(String id, LocalDate value) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(value.toString());
        input.sendKeys(Keys.ENTER);
        waitForVaadin();
    }
}
