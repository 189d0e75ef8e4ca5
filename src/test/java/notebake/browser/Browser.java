package notebake.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One headless Chromium session (system binary, system chromedriver, fresh profile). It records the browser
 * console and the network log so a test can ask, after loading a page, which console errors and which failed
 * requests (network errors or HTTP status >= 400) that page produced.
 */
final class Browser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Selenium warns that it has no CDP bindings for this Chromium; the tests use raw CDP commands only. */
    private static final java.util.logging.Logger CDP_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    /** A page-load problem: a console error or a failed request. */
    record Problem(String kind, String detail) {
        @Override
        public String toString() {
            return kind + ": " + detail;
        }
    }

    Browser(int width, int height) {
        try {
            profile = Files.createTempDirectory("notebake-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Never let Selenium Manager look for (or download) a driver or a browser.
        System.setProperty("webdriver.chrome.driver", RequiresChromium.chromedriver().toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.chromium().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--lang=en-US",
                "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.chromedriver().toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        // A headless page is never focused; the clipboard API and :focus-visible need it to be.
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        resize(width, height);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Makes the layout viewport exactly {@code width} x {@code height} CSS pixels. */
    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Prefers the dark (or light) color scheme, as the operating system would. */
    void emulateColorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    void grantClipboard(String origin) {
        Map<String, Object> params = new HashMap<>();
        params.put("origin", origin);
        params.put("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        driver.executeCdpCommand("Browser.grantPermissions", params);
    }

    /** Loads a page and returns the problems seen since the previous call (so, during this load). */
    List<Problem> open(String url) {
        drainProblems();
        driver.get(url);
        waitForIdle();
        return drainProblems();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object jsAsync(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /**
     * Clicks an element after scrolling it to the middle of the viewport (instantly), so the sticky header can
     * never be the element that receives the click.
     */
    void clickCentered(org.openqa.selenium.WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
        element.click();
    }

    /** Waits for the document to finish loading and for fonts and pending layout to settle. */
    void waitForIdle() {
        jsAsync("const done = arguments[arguments.length - 1];"
                + "const ready = () => document.fonts ? document.fonts.ready.then(() => requestAnimationFrame(() => done(true))) : done(true);"
                + "if (document.readyState === 'complete') ready(); else addEventListener('load', ready);");
    }

    /** Console errors and failed requests recorded since the last call. */
    List<Problem> drainProblems() {
        List<Problem> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add(new Problem("console error", entry.getMessage()));
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            failedRequest(entry.getMessage()).ifPresent(problems::add);
        }
        return problems;
    }

    private static java.util.Optional<Problem> failedRequest(String raw) {
        try {
            JsonNode message = JSON.readTree(raw).path("message");
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            if ("Network.responseReceived".equals(method)) {
                JsonNode response = params.path("response");
                int status = response.path("status").asInt();
                if (status >= 400) {
                    return java.util.Optional.of(new Problem("HTTP " + status, response.path("url").asText()));
                }
            } else if ("Network.loadingFailed".equals(method) && !params.path("canceled").asBoolean()) {
                return java.util.Optional.of(new Problem("request failed",
                        params.path("errorText").asText() + " (" + params.path("type").asText() + ")"));
            }
            return java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.of(new Problem("unreadable network log entry", raw));
        }
    }

    /** Saves a PNG of the whole page (not just the viewport) and returns its path. */
    Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            js("window.scrollTo(0, 0);"); // a full-page capture of a scrolled page shows the sticky header mid-page
            waitForIdle();
            Object height = js("return Math.ceil(Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));");
            Number width = (Number) js("return window.innerWidth;");
            int h = Math.min(((Number) height).intValue(), 6000);
            @SuppressWarnings("unchecked")
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", width.intValue(), "height", h, "scale", 1)));
            Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] viewportPng() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Closes each of the browser tests' resources that was opened (null ones were not), in order. */
    static void closeAll(AutoCloseable... opened) {
        for (AutoCloseable c : opened) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("cannot close " + c, e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // the profile lives in the temp folder; failing to delete it does not affect the tests
            }
        }
    }
}
