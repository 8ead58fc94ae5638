package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * 一窗受理 end to end in a real browser: the front desk receives an application at the counter and accepts it, the
 * department handler approves it, the front desk delivers the result and the applicant rates it at the counter.
 * Screenshots of each step go to {@code target/screenshots}.
 */
class OneWindowBrowserTest extends BrowserTestBase {

    private static final String APPLICANT_ID = "11010519491231002X";

    @Test
    void counterIntakeAcceptanceApprovalDeliveryAndRating() throws Exception {
        login("wangfang");
        open("/onewindow/intake");
        WebElement item = waitFor(By.cssSelector("#intake-item input"));
        item.sendKeys("SI-001");
        click(By.xpath("//vaadin-combo-box-item[contains(., 'SI-001')]"));
        waitFor(By.id("intake-provision-M1"));
        waitFor(By.cssSelector("#intake-applicant-name input")).sendKeys("赵六");
        waitFor(By.cssSelector("#intake-applicant-id input")).sendKeys(APPLICANT_ID);
        WebElement phone = waitFor(By.cssSelector("#intake-applicant-phone input"));
        phone.sendKeys("13900000009");
        phone.sendKeys(Keys.TAB);
        screenshot("OneWindowBrowserTest.1-intake");
        click(By.id("intake-receive"));

        waitForText(By.id("task-title"), "受理审查");
        String caseNumber = waitFor(By.id("case-number")).getText();
        assertThat(caseNumber).matches("SQ-YX-\\d{8}-\\d{4}");
        assertThat(waitFor(By.id("case-applicant-id")).getText()).isEqualTo("110105********002X");
        screenshot("OneWindowBrowserTest.2-acceptance-review");
        click(By.id("task-submit"));
        wait.until(ExpectedConditions.urlContains("/tasks"));

        String handleTask = api("gaojie", "GET", "/api/v1/tasks?q=" + caseNumber, null).at("/items/0/id").asText();
        driver.manage().deleteAllCookies();
        login("gaojie");
        open("/task/" + handleTask);
        waitForText(By.id("task-title"), "部门办理");
        waitForText(By.id("case-status"), "已受理");
        screenshot("OneWindowBrowserTest.3-department");
        click(By.id("task-submit"));
        wait.until(ExpectedConditions.urlContains("/tasks"));

        String deliverTask = api("wangfang", "GET", "/api/v1/tasks?q=" + caseNumber, null).at("/items/0/id").asText();
        driver.manage().deleteAllCookies();
        login("wangfang");
        open("/task/" + deliverTask);
        waitForText(By.id("task-title"), "送达");
        click(By.id("task-submit"));

        waitFor(By.id("rating-level"));
        click(By.xpath("//vaadin-radio-group[@id='rating-level']//vaadin-radio-button[.//label[normalize-space()='非常满意']]"));
        WebElement rater = waitFor(By.cssSelector("#rating-rater input"));
        rater.sendKeys(APPLICANT_ID);
        rater.sendKeys(Keys.TAB);
        click(By.id("rating-submit"));
        waitForText(By.id("case-rating"), "非常满意");
        waitForText(By.id("case-status"), "已结案");
        screenshot("OneWindowBrowserTest.4-rated");
    }

    @Test
    void residentsReachTheirPagesWithoutSigningIn() {
        open("/login");
        click(By.id("login-residents"));
        waitFor(By.id("online-unit"));
        assertThat(driver.getCurrentUrl()).endsWith("/online");
        open("/online/query");
        waitFor(By.id("query-find"));
        screenshot("OneWindowBrowserTest.5-online-query");
    }
}
