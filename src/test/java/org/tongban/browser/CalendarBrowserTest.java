package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 工作日历 — an administrator opens the calendar in a real browser: the year's status, the calculator, and an upload
 * through the real upload request (a file with a bad line, so the calendar stays as it is).
 */
class CalendarBrowserTest extends BrowserTestBase {

    @Test
    void administratorSeesTheYearAndUploadsAFile() throws IOException {
        login("admin");
        open("/admin/calendar");

        waitFor(By.id("calendar-grid"));
        waitUntil("the year's status", browser -> !driver.findElement(By.id("calendar-status")).getText().isBlank());
        assertThat(driver.findElement(By.id("calendar-status")).getText()).containsAnyOf("年已载入", "年尚未载入");
        assertThat(driver.findElement(By.id("calendar-calc-result")).getText()).startsWith("截止日期：");

        click(By.id("calendar-import"));
        waitForText("导入将替换");
        Path file = Files.createTempFile("holidays-", ".csv");
        try {
            Files.writeString(file, "date,kind,name\n2026-01-01,holiday,元旦\n2026-13-01,holiday,元旦\n",
                    StandardCharsets.UTF_8);
            driver.findElement(By.id("calendar-upload")).getShadowRoot()
                    .findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
            waitUntil("the import to be offered",
                    browser -> driver.findElement(By.id("calendar-import-start")).getDomAttribute("disabled") == null);
            click(By.id("calendar-import-start"));
            waitForText("第 3 行：日期“2026-13-01”无效");
        } finally {
            Files.deleteIfExists(file);
        }
        screenshot("CalendarBrowserTest.import-refused");
    }
}
