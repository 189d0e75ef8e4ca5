package notebake.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness itself must see what it claims to see: a clean page is clean, a broken page is not. */
@ExtendWith(RequiresChromium.class)
class HarnessSelfBrowserIT {

    private static StaticSiteServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = new StaticSiteServer(Path.of("src/test/resources/browser-selftest"), "/selftest/");
        browser = new Browser(1280, 800);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser, server);
    }

    @Test
    void cleanPageHasNoProblemsAndRunsItsScript() {
        List<Browser.Problem> problems = browser.open(server.baseUrl());
        assertEquals(List.of(), problems);
        assertEquals("script ran", browser.js("return document.getElementById('p').textContent;"));
    }

    @Test
    void brokenPageReportsConsoleErrorAndFailedRequest() {
        List<Browser.Problem> problems = browser.open(server.baseUrl() + "broken.html");
        assertTrue(problems.stream().anyMatch(p -> p.kind().equals("console error")
                && p.detail().contains("deliberate console error")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.kind().equals("HTTP 404")
                && p.detail().endsWith("/selftest/missing.png")), problems.toString());
    }

    @Test
    void pathOutsideTheSubPathIsNotServed() {
        List<Browser.Problem> problems = browser.open(server.origin() + "/index.html");
        assertTrue(problems.stream().anyMatch(p -> p.kind().equals("HTTP 404")), problems.toString());
    }
}
