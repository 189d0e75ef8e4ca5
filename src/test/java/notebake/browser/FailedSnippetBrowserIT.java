package notebake.browser;

import notebake.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A draft built with --allow-failures shows a snippet that failed verification: the failure must be impossible to
 * miss (a page-level alert naming it, a thick red frame, the failed badge and the reason).
 */
@ExtendWith(RequiresChromium.class)
class FailedSnippetBrowserIT {

    private static Browser browser;
    private static StaticSiteServer server;

    @BeforeAll
    static void start() throws Exception {
        Path source = FixtureSite.copy("failing-source");
        // the accepted output no longer matches what the program prints: a real verification failure
        Path golden = source.resolve("snippets/threads/thread-local/PerThreadCounter.out");
        Files.writeString(golden, Files.readString(golden).replace("main sees 0", "main sees 6"));
        Config config = FixtureSite.build(source, true);
        server = new StaticSiteServer(config.siteDir(), "/drafts/");
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser, server);
    }

    @Test
    void aFailedSnippetIsImpossibleToMiss() {
        List<Browser.Problem> problems = browser.open(server.baseUrl() + "threads/thread-local.html");
        assertEquals(List.of(), problems);
        WebElement failed = browser.driver().findElement(By.cssSelector("figure.snippet[data-status='failed']"));
        assertTrue(failed.findElement(By.cssSelector(".badge-failed")).isDisplayed());
        assertTrue(failed.findElement(By.cssSelector(".snippet-reason")).getText().contains("differs"),
                failed.getText());
        assertTrue(Double.parseDouble(failed.getCssValue("border-top-width").replace("px", "")) >= 3,
                "a thick frame");
        WebElement ok = browser.driver().findElement(By.cssSelector("figure.snippet[data-status='verified']"));
        assertTrue(!failed.getCssValue("border-top-color").equals(ok.getCssValue("border-top-color")),
                "a different colour than a verified snippet");

        WebElement alert = browser.driver().findElement(By.cssSelector(".nb-page-alert[role='alert']"));
        assertTrue(alert.isDisplayed());
        assertTrue(alert.getText().contains("1 failed"), alert.getText());
        Number alertTop = (Number) browser.js("return arguments[0].getBoundingClientRect().top;", alert);
        assertTrue(alertTop.doubleValue() < 900, "the alert is on the first screen: " + alertTop);
        WebElement link = alert.findElement(By.tagName("a"));
        assertEquals("threads/thread-local/PerThreadCounter.java", link.getText());
        browser.clickCentered(link);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#" + failed.getAttribute("id")));
        browser.screenshot(LayoutBrowserIT.screenshots().resolve("note-failed-snippet-1280.png"));
    }

    @Test
    void verifiedPagesOfTheSameDraftShowNoAlert() {
        browser.open(server.baseUrl() + "functions/decorators.html");
        assertTrue(browser.driver().findElements(By.cssSelector(".nb-page-alert")).isEmpty());
    }
}
