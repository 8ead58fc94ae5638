package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** 登录 — a director signs in through the real login page and sees their name in the header. */
class LoginBrowserTest extends BrowserTestBase {

    @Test
    void anonymousVisitorIsSentToTheLoginPageAndSignsIn() {
        open("/");
        wait.until(ExpectedConditions.urlContains("/login"));
        waitForText("社区通办");
        screenshot("LoginBrowserTest.login-page");

        login("zhangwei");

        assertThat(waitForText(By.id("signed-in-user"), "张伟").getText()).isEqualTo("张伟");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");

        // An administration screen is refused exactly like an unknown address.
        open("/admin/staff");
        waitForText("页面不存在，或您没有权限访问该页面。");
        assertThat(pageText()).doesNotContain("人员管理");
    }
}
