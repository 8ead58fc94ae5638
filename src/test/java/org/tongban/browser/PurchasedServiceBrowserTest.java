package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * 政府购买服务 end to end in a real browser, each step by the person who does it: the department's project manager
 * starts a project, finance approves the budget, the manager publishes the notice, a provider responds with its file,
 * three panel members declare and score, the manager publishes the result and signs the contract, the provider reports
 * each milestone with evidence and the manager checks it, the acceptance with the service users' survey, an evaluator
 * scores the indicator sheet, the provider confirms the grade, and the grade shows on the project and the dashboard.
 *
 * <p>The two waits the law sets — the response deadline and the objection period — are days long; an administrator
 * runs their timers early through Cockpit's engine API, as one would on a test system.
 */
class PurchasedServiceBrowserTest extends BrowserTestBase {

    private static final String MANAGER = "wuhao";
    private static final String FINANCE = "caiwen";
    private static final String PROVIDER = "yangguang";
    private static final List<String> PANEL = List.of("zhengxue", "fengtao", "tangyu");
    private static final String EVALUATOR = "tangyu";

    @Test
    void aProjectGoesFromInitiationThroughContractAndAcceptanceToItsGradeOnTheDashboard() throws Exception {
        login(MANAGER);
        open("/purchasedservice/projects/new");
        type("ps-form-title", "湖滨社区独居老人探访服务（浏览器测试）");
        typeArea("ps-form-need", "辖区独居老人 80 名，缺少定期探访。");
        typeArea("ps-form-target-group", "湖滨社区独居老人");
        typeArea("ps-form-content", "每月探访、紧急呼叫响应、健康档案。");
        typeArea("ps-form-outputs", "探访 960 人次，建档 80 份。");
        typeArea("ps-form-outcomes", "独居老人安全感提升，满意率 90% 以上。");
        String budgetLine = "YS-MZ-" + java.time.Year.now() + "-01";
        input("ps-form-budget-line").sendKeys(budgetLine);
        click(By.xpath("//vaadin-combo-box-item[contains(., '" + budgetLine + "')]"));
        type("ps-form-amount", "300000");
        screenshot("PurchasedServiceBrowserTest.1-initiation");
        click(By.id("ps-form-submit"));
        waitForText(By.id("ps-status"), "经费预算审核中");
        String heading = waitFor(By.id("ps-heading")).getText();
        String number = heading.substring(0, heading.indexOf(' '));
        String projectPath = new URI(driver.getCurrentUrl()).getPath();

        switchTo(FINANCE);
        open(projectPath);
        waitForText(By.id("ps-action-title"), "经费预算审核");
        radio("ps-budget-decision", "同意，纳入预算");
        click(By.id("ps-action-submit"));
        waitForText(By.id("ps-status"), "待发布公告");

        switchTo(MANAGER);
        open(projectPath);
        waitForText(By.id("ps-action-title"), "发布采购公告");
        type("ps-notice-contact", "吴浩 0571-12345678");
        click(By.id("ps-publish"));
        waitForText(By.id("ps-status"), "公告中");

        switchTo(PROVIDER);
        open("/purchasedservice/bids");
        click(By.id("ps-respond-" + number));
        type("ps-bid-price", "280000");
        typeArea("ps-bid-plan", "配备 3 名持证社工，按月入户探访。");
        type("ps-bid-contact", "杨光 13800000017");
        upload("ps-bid-files", "响应文件.pdf");
        screenshot("PurchasedServiceBrowserTest.2-bid");
        click(By.id("ps-bid-submit"));
        waitFor(By.id("ps-standing-" + number));

        runTimerEarly(number, "ProviderSelection");
        switchTo(MANAGER);
        open(projectPath);
        waitForText(By.id("ps-action-title"), "组成评审小组");
        for (String name : List.of("郑雪", "冯涛", "唐瑜")) {
            WebElement input = waitFor(By.cssSelector("#ps-panel-members input"));
            input.sendKeys(name);
            click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '" + name + "')]"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        }
        input("ps-panel-members").sendKeys(Keys.ESCAPE);
        click(By.id("ps-action-submit"));
        waitFor(By.id("ps-panel"));

        for (String member : PANEL) {
            switchTo(member);
            open("/task/" + taskOf(member, number));
            waitForText(By.id("ps-scoring-heading"), number);
            radio("ps-declare-conflict", "无利害关系，参加评审");
            click(By.id("ps-declare"));
            List<WebElement> scores = waitUntil("the scoring sheet", browser -> {
                List<WebElement> found = browser.findElements(By.cssSelector("vaadin-big-decimal-field[id^='ps-score-PV001-']"));
                return found.isEmpty() ? null : found;
            });
            for (WebElement score : scores) {
                type(score.getAttribute("id"), "8");
            }
            click(By.id("ps-scoring-submit"));
            waitForText("评分已提交");
        }

        switchTo(MANAGER);
        open(projectPath);
        waitForText(By.id("ps-action-title"), "确认并公示结果");
        click(By.id("ps-action-submit"));
        waitForText(By.id("ps-status"), "结果公示");

        runTimerEarly(number, "ProviderSelection");
        open(projectPath);
        waitForText(By.id("ps-action-title"), "签订合同");
        type("ps-contract-term-months", "12");
        typeArea("ps-contract-targets-input", "探访独居老人 80 名，满意率 90% 以上。");
        screenshot("PurchasedServiceBrowserTest.3-contract");
        click(By.id("ps-action-submit"));
        waitForText(By.id("ps-status"), "履约中");

        // The contract form proposes three payment milestones (30 / 40 / 30 %), kept as proposed.
        for (int milestone = 1; milestone <= 3; milestone++) {
            switchTo(PROVIDER);
            open("/task/" + taskOf(PROVIDER, number));
            waitForText(By.id("ps-delivery-heading"), "报告里程碑");
            typeArea("ps-delivery-text", "本期探访 320 人次，建档 27 份。");
            upload("ps-delivery-evidence", "签到表-" + milestone + ".pdf");
            click(By.id("ps-delivery-submit"));
            waitForText("等待采购单位验收");

            switchTo(MANAGER);
            open(projectPath);
            waitForText(By.id("ps-action-title"), "阶段验收");
            radio("ps-check-passed", "合格，本期款项可支付");
            click(By.id("ps-action-submit"));
            waitUntil("the milestone check to be saved", browser -> browser.findElements(By.id("ps-action-title"))
                    .stream().noneMatch(title -> title.getText().contains("阶段验收")));
        }

        open(projectPath);
        waitForText(By.id("ps-action-title"), "履约验收");
        radio("ps-acceptance-passed", "合格");
        typeArea("ps-acceptance-findings", "服务按合同完成，台账齐全。");
        type("ps-acceptance-sample", "30");
        type("ps-acceptance-responses", "28");
        type("ps-acceptance-satisfied", "27");
        screenshot("PurchasedServiceBrowserTest.4-acceptance");
        click(By.id("ps-action-submit"));
        waitForText(By.id("ps-status"), "验收合格");

        waitForText(By.id("ps-action-title"), "指定评价人");
        WebElement evaluators = input("ps-evaluators-field");
        evaluators.sendKeys("唐瑜");
        click(By.xpath("//vaadin-multi-select-combo-box-item[contains(., '唐瑜')]"));
        evaluators.sendKeys(Keys.ESCAPE);
        click(By.id("ps-action-submit"));
        waitForText(By.id("ps-evaluators"), "唐瑜");

        switchTo(EVALUATOR);
        open("/task/" + taskOf(EVALUATOR, number));
        waitFor(By.id("ps-evaluation-heading"));
        List<WebElement> indicators = driver.findElements(By.cssSelector("vaadin-big-decimal-field[id^='ps-indicator-']"));
        assertThat(indicators).hasSize(30);
        for (WebElement indicator : indicators) {
            String id = indicator.getAttribute("id");
            String placeholder = input(id).getAttribute("placeholder");
            type(id, placeholder.substring(placeholder.indexOf('–') + 1));
        }
        waitForText(By.id("ps-evaluation-total"), "合计 100 分");
        screenshot("PurchasedServiceBrowserTest.5-evaluation");
        click(By.id("ps-evaluation-submit"));
        waitForText("评价已提交");

        switchTo(PROVIDER);
        open("/task/" + taskOf(PROVIDER, number));
        waitForText(By.id("ps-grade-result"), "等级：优");
        radio("ps-grade-confirm", "确认评价结果");
        click(By.id("ps-grade-submit"));

        switchTo(MANAGER);
        open(projectPath);
        waitForText(By.id("ps-action-title"), "结项归档");
        waitForText(By.id("ps-grade"), "等级：优");
        screenshot("PurchasedServiceBrowserTest.6-graded");

        // The dashboard: the grade counts for the provider, and the stage card opens the list with this project.
        open("/purchasedservice/dashboard");
        waitUntil("the provider's grade on the dashboard", browser -> Boolean.TRUE.equals(js("""
                const cells = [...document.querySelectorAll('#ps-dash-grades vaadin-grid-cell-content')];
                return cells.some(cell => cell.textContent.includes('云溪县阳光社会工作服务中心'));
                """)));
        screenshot("PurchasedServiceBrowserTest.7-dashboard");
        click(By.id("ps-dash-stage-SETTLED"));
        waitUntil("the project list filtered to 待结项 with the project", browser -> Boolean.TRUE.equals(js(
                "return [...document.querySelectorAll('#ps-projects-grid vaadin-grid-cell-content')]"
                        + ".some(cell => cell.textContent.includes(arguments[0]));", number)));
        assertThat(driver.getCurrentUrl()).contains("status=SETTLED");
    }

    private void switchTo(String username) {
        driver.manage().deleteAllCookies();
        login(username);
    }

    private WebElement input(String id) {
        // By attribute: indicator codes such as EI-1.1.1 make ids that are not valid CSS #selectors.
        return waitFor(By.cssSelector("[id='" + id + "'] input"));
    }

    private void type(String id, String text) {
        WebElement input = input(id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private void typeArea(String id, String text) {
        WebElement area = waitFor(By.cssSelector("#" + id + " textarea"));
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private void radio(String groupId, String label) {
        click(By.xpath("//vaadin-radio-group[@id='" + groupId + "']//vaadin-radio-button[.//label[contains(., '"
                + label + "')]]"));
    }

    private static String taskOf(String username, String projectNumber) throws Exception {
        JsonNode tasks = api(username, "GET", "/api/v1/tasks?q=" + URLEncoder.encode(projectNumber, StandardCharsets.UTF_8), null);
        assertThat(tasks.get("total").asLong()).as("open tasks of " + username + " for " + projectNumber).isPositive();
        return tasks.at("/items/0/id").asText();
    }

    /**
     * Runs the process's waiting timer now, as an administrator signed in to Tongban would from Cockpit: the engine
     * API of the web apps, with the XSRF token Camunda hands out on the first request of the session.
     */
    private static void runTimerEarly(String businessKey, String processDefinitionKey) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(URI.create(BASE_URL + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + DEMO_PASSWORD)).build(),
                HttpResponse.BodyHandlers.discarding());
        String engine = BASE_URL + "/camunda/api/engine/engine/default";
        JsonNode instances = get(http, engine + "/process-instance?processDefinitionKey=" + processDefinitionKey
                + "&businessKey=" + URLEncoder.encode(businessKey, StandardCharsets.UTF_8));
        assertThat(instances).as("the " + processDefinitionKey + " instance of " + businessKey).hasSize(1);
        JsonNode jobs = get(http, engine + "/job?timers=true&processInstanceId=" + instances.get(0).get("id").asText());
        assertThat(jobs).as("the timer waiting in " + businessKey).hasSize(1);
        String token = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
        HttpResponse<String> executed = http.send(HttpRequest.newBuilder(URI.create(engine + "/job/"
                + jobs.get(0).get("id").asText() + "/execute")).header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(executed.statusCode()).as("executing the timer: " + executed.body()).isBetween(200, 299);
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET " + url + ": " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
