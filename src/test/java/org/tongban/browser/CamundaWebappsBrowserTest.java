package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One identity for everything: an administrator signed in to Tongban opens Cockpit and Tasklist without a second login. */
class CamundaWebappsBrowserTest extends BrowserTestBase {

    @Test
    void anAdministratorOpensCockpitAndTasklistWithTheSameSignIn() {
        login("admin");

        driver.get(BASE_URL + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.titleContains("Cockpit"));
        waitUntil("Cockpit to show the process definitions", browser -> pageText().contains("Process Definitions")
                || pageText().contains("流程定义"));
        screenshot("CamundaWebappsBrowserTest.cockpit");
        assertThat(driver.getCurrentUrl()).doesNotContain("/login");

        driver.get(BASE_URL + "/camunda/app/tasklist/default/");
        waitUntil("Tasklist to list the open tasks of the all-tasks filter",
                browser -> pageText().contains("全部任务") && pageText().contains("审核请假申请"));
        screenshot("CamundaWebappsBrowserTest.tasklist");

        // The same Camunda Form (camunda-forms:deployment:…) renders in Tasklist as in our inbox.
        click(org.openqa.selenium.By.xpath("//*[normalize-space()='审核请假申请']"));
        waitUntil("Tasklist to render the task's Camunda Form", browser -> pageText().contains("审批决定"));
        screenshot("CamundaWebappsBrowserTest.tasklist-form");
    }

    /**
     * Over plain HTTP against the running server, because only a real servlet container has the web apps' own JAX-RS
     * servlet under /camunda/api/*: a department reviewer signed in to Tongban is refused by Cockpit's engine API.
     */
    @Test
    void staffWithoutTheAdminRoleCannotReachTheEngineApiOfTheWebApps() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=sunli&password=" + DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        for (String path : new String[] {"/camunda/api/engine/engine/default/task/count", "/camunda/app/cockpit/default/"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE_URL + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
    }
}
