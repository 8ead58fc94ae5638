package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 出具证明 end to end in a real browser: a resident asks for a volunteer service certificate online with a scan of
 * the record, the community's front desk confirms the facts, the director approves (number, seal, QR code), the front
 * desk sends it online, the resident finds it with the query code, and the public verification page — opened as the
 * QR code opens it, and by the number typed in — says it is valid. Screenshots go to {@code target/screenshots}.
 */
class CertificateBrowserTest extends BrowserTestBase {

    private static final String APPLICANT_ID = "110101199003071233";

    @Test
    void onlineRequestIssuedByTheCommunityAndVerifiedOnThePublicPage() throws Exception {
        open("/online/certificate");
        WebElement community = waitFor(By.cssSelector("#crt-online-community input"));
        community.sendKeys("和平社区");
        click(By.xpath("//vaadin-combo-box-item[contains(., '和平社区')]"));
        WebElement certificate = waitFor(By.cssSelector("#crt-online-certificate input"));
        certificate.sendKeys("志愿者证明");
        click(By.xpath("//vaadin-combo-box-item[contains(., '志愿服务证明')]"));
        waitFor(By.id("crt-answer-issued"));
        type("crt-online-name", "李明");
        type("crt-online-id", APPLICANT_ID);
        type("crt-online-phone", "13900000021");
        type("crt-online-purpose", "申请优秀志愿者评选");
        upload("crt-online-evidence", "志愿服务记录.pdf");
        screenshot("CertificateBrowserTest.1-online-request");
        click(By.id("crt-online-submit"));
        String number = waitFor(By.id("crt-online-number")).getText();
        String code = waitFor(By.id("crt-online-code")).getText();
        assertThat(number).matches("ZMSQ-YX-\\d{8}-\\d{4}");

        login("wangfang");
        open("/task/" + taskOf("wangfang", number));
        waitForText(By.id("crt-step-title"), "核实");
        click(By.xpath("//vaadin-radio-group[@id='crt-fact-confirmed']//vaadin-radio-button[.//label[contains(., '核实属实')]]"));
        WebElement findings = waitFor(By.cssSelector("#crt-fact-findings textarea"));
        findings.sendKeys("2026年在和平社区志愿服务站参加志愿服务15次，累计45小时");
        findings.sendKeys(Keys.TAB);
        screenshot("CertificateBrowserTest.2-fact-check");
        click(By.id("crt-step-submit"));
        waitForText(By.id("crt-status"), "待审批");

        driver.manage().deleteAllCookies();
        login("zhangwei");
        open("/task/" + taskOf("zhangwei", number));
        waitForText(By.id("crt-step-title"), "审批");
        click(By.xpath("//vaadin-radio-group[@id='crt-approve-decision']//vaadin-radio-button[.//label[contains(., '批准出具')]]"));
        click(By.id("crt-step-submit"));
        String certificateNumber = waitFor(By.id("crt-certificate-number")).getText();
        assertThat(certificateNumber).matches("ZM-CM001-\\d{4}-\\d{4}");
        String verificationUrl = waitFor(By.id("crt-certificate-verify")).getAttribute("href");
        screenshot("CertificateBrowserTest.3-issued");

        driver.manage().deleteAllCookies();
        login("wangfang");
        open("/task/" + taskOf("wangfang", number));
        waitForText(By.id("crt-step-title"), "送达");
        click(By.id("crt-step-submit"));
        waitForText(By.id("crt-delivered"), "网上送达");

        driver.manage().deleteAllCookies();
        open("/online/certificate/query?number=" + number);
        type("crt-query-code", code);
        click(By.id("crt-query-submit"));
        waitForText(By.id("crt-query-certificate-number"), certificateNumber);
        waitFor(By.id("crt-query-download"));
        screenshot("CertificateBrowserTest.4-resident-download");

        // What the QR code opens; its host is the configured public address, the path and token are what count here.
        java.net.URI qrLink = java.net.URI.create(verificationUrl);
        assertThat(qrLink.getPath()).isEqualTo("/verify");
        driver.get(BASE_URL + qrLink.getRawPath() + "?" + qrLink.getRawQuery());
        waitForText(By.id("verify-status"), "有效");
        assertThat(driver.findElement(By.id("verify-field-number")).getText()).isEqualTo(certificateNumber);
        assertThat(driver.findElement(By.id("verify-field-holder")).getText()).startsWith("李*").contains("110101********1233");
        screenshot("CertificateBrowserTest.5-verified-by-qr");

        driver.get(BASE_URL + "/verify");
        WebElement typed = waitFor(By.id("verify-input"));
        typed.sendKeys(certificateNumber);
        driver.findElement(By.id("verify-submit")).click();
        waitForText(By.id("verify-status"), "有效");
        driver.get(BASE_URL + "/verify?number=" + certificateNumber.substring(0, certificateNumber.length() - 4) + "9999");
        waitForText(By.id("verify-status"), "未找到该证明");
    }

    private void type(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
    }

    /** The open task of a request for a demo user, through the REST API (as another system would find it). */
    private static String taskOf(String username, String requestNumber) throws Exception {
        return api(username, "GET", "/api/v1/tasks?q=" + requestNumber, null).at("/items/0/id").asText();
    }
}
