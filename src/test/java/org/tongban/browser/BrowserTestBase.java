package org.tongban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real-browser tests against a running Tongban (the packaged app that {@code .ci/run} starts, or
 * {@code ./mvnw spring-boot:run}): headless Debian Chromium driven by Selenium, no Spring context in the test JVM.
 *
 * <p>Run: {@code ./mvnw -B test-compile surefire:test -Dgroups=browser -Dexcluded.test.groups=none
 * -Dtongban.baseUrl=http://localhost:18081}. The base URL defaults to {@code http://localhost:8080}; the browser and
 * driver to {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (system properties {@code tongban.chromium},
 * {@code tongban.chromedriver}).
 *
 * <p>Each test gets a fresh browser (no cookies, so no session carried over). Vaadin renders asynchronously: wait with
 * the helpers here ({@link #waitFor}, {@link #waitForText}, {@link #waitUntil}, {@link #click}), never with
 * {@code Thread.sleep}. A screenshot of the last page goes to {@code target/screenshots/<Class>.<method>.png} after
 * every test, and the page source too when the test failed.
 */
@Tag("browser")
public abstract class BrowserTestBase {

    /** The demo organisation's password for every login (see the README). */
    protected static final String DEMO_PASSWORD = "tongban2026";

    protected static final String BASE_URL =
            stripTrailingSlash(System.getProperty("tongban.baseUrl", "http://localhost:8080"));

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Selenium warns at every start that it knows no CDP version as new as Debian's Chromium; the tests use WebDriver
     * only, so the warning is noise. Kept in a field: java.util.logging holds loggers weakly.
     */
    private static final Logger CDP_VERSION_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    protected WebDriver driver;
    protected WebDriverWait wait;
    private Path profileDir;

    @RegisterExtension
    final AfterTestExecutionCallback evidence = this::saveEvidence;

    @BeforeEach
    void startBrowser() throws IOException {
        profileDir = Files.createTempDirectory("tongban-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("tongban.chromium", "/usr/bin/chromium"));
        // Flags from shared/STACK.md: root needs --no-sandbox; the machine has no network beyond localhost.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profileDir, "--lang=zh-CN", "--window-size=1400,1000");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        Path chromedriver = Path.of(System.getProperty("tongban.chromedriver", "/usr/bin/chromedriver"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
                .build();
        Files.createDirectories(SCREENSHOTS);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        wait = new WebDriverWait(driver, WAIT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileDir != null) {
            try (Stream<Path> files = Files.walk(profileDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Opens a path of the app, e.g. {@code "/"} or {@code "inbox"}. */
    protected void open(String path) {
        driver.get(BASE_URL + (path.startsWith("/") ? path : "/" + path));
        waitForVaadin();
    }

    /** Signs in through the login page as a demo user with the demo password. */
    protected void login(String username) {
        login(username, DEMO_PASSWORD);
    }

    /**
     * Signs in through Vaadin's login form (its inputs are light DOM, so plain selectors reach them) and waits for
     * the main layout's header. Opens the login page first unless the browser is already on it.
     */
    protected void login(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login")) {
            open("/login");
        }
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name=username]"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = waitFor(By.cssSelector("vaadin-login-form input[name=password]"));
        secret.clear();
        secret.sendKeys(password);
        click(By.cssSelector("vaadin-login-form vaadin-button[slot=submit]"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitFor(By.id("signed-in-user"));
        waitForVaadin();
    }

    /** Waits until the element is visible and returns it. */
    protected WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the page's visible text (light DOM, as Flow renders it) contains the text. */
    protected void waitForText(String text) {
        waitUntil("page text to contain \"" + text + "\"", browser -> pageText().contains(text));
    }

    /** Waits until the element's text contains the text, and returns the element. */
    protected WebElement waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
        return driver.findElement(locator);
    }

    /** Clicks once the element is clickable, then waits for the server round trip to finish. */
    protected void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        // Centre it first: a notification or the app bar may cover an element scrolled just to the edge.
        js("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
        waitForVaadin();
    }

    /** Waits for a condition of one's own; the description appears in the timeout's message. */
    protected <T> T waitUntil(String description, Function<WebDriver, T> condition) {
        // A fresh wait each time: withMessage would otherwise stick to the shared one.
        return new WebDriverWait(driver, WAIT).withMessage(description).until(condition);
    }

    /** The visible text of the page body. */
    protected String pageText() {
        return String.valueOf(js("return document.body ? document.body.innerText : ''"));
    }

    /** Waits until no Vaadin Flow client has a request in flight (as Vaadin TestBench does). */
    protected void waitForVaadin() {
        waitUntil("Vaadin to finish its server round trips", browser -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                if (!clients) { return document.readyState === 'complete'; }
                return Object.values(clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    /** A small real PDF through vaadin-upload's own file input, then waits for the upload to complete. */
    protected void upload(String id, String fileName) throws IOException {
        Path file = Files.createTempDirectory("tongban-upload-").resolve(fileName);
        Files.write(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        WebElement upload = waitFor(By.id(id));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        waitUntil("the upload to complete", browser -> Boolean.TRUE.equals(js(
                "const files = arguments[0].files; return files.length > 0 && files.every(f => f.complete);", upload)));
        waitForVaadin();
    }

    /** Saves a screenshot of the current page to {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Texts of all elements matching the locator, e.g. grid cells. */
    protected List<String> texts(By locator) {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void saveEvidence(ExtensionContext context) throws IOException {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        screenshot(name);
        if (context.getExecutionException().isPresent()) {
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.err.println("Browser test failed on " + driver.getCurrentUrl() + "; screenshot and page source in "
                    + SCREENSHOTS.toAbsolutePath() + " (" + name + ".png/.html)");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Calls the REST API as a demo user (HTTP Basic) and returns the JSON body; fails on a non-2xx answer. */
    protected static JsonNode api(String username, String method, String path, String body)
            throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE_URL + path))
                .header("Authorization", "Basic " + credentials)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return JSON.readTree(response.body());
    }
}
