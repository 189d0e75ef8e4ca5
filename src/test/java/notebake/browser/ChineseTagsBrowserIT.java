package notebake.browser;

import notebake.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tag with a Chinese name gets a page with a Chinese file name (tags/装饰器.html); the browser requests it
 * percent-encoded. Its links work served under a sub-path and opened from disk (file://).
 */
@ExtendWith(RequiresChromium.class)
class ChineseTagsBrowserIT {

    private static final String TAG = "装饰器";
    private static Path site;
    private static StaticSiteServer server;
    private static Browser browser;

    @BeforeAll
    static void build() throws IOException {
        Path dir = FixtureSite.outputDir().resolve("chinese-tags");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        TestSites source = new TestSites(dir)
                .write("content/basics/deco.md", "---\ntitle: Decorators\ndate: 2026-11-23\nsection: basics\n"
                        + "order: 1\ntags: [" + TAG + ", java]\nsummary: About decorators.\n---\nText.\n");
        source.build();
        site = dir.resolve("target/site");
        assertTrue(Files.isRegularFile(site.resolve("tags/" + TAG + ".html")));
        server = new StaticSiteServer(site, SharedSite.BASE_PATH);
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser, server);
    }

    private void followTheTagLinkFrom(String notePage, String expectedPrefix) {
        assertEquals(List.of(), browser.open(notePage));
        WebElement tag = browser.driver().findElement(By.linkText(TAG));
        browser.clickCentered(tag);
        browser.waitForIdle();
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.startsWith(expectedPrefix + "tags/%E8%A3%85%E9%A5%B0%E5%99%A8.html"), url);
        assertEquals("Tagged " + TAG, browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals(List.of(), browser.drainProblems(), "the tag page loads with its styles and scripts");
        // and back to the note from the tag page
        browser.clickCentered(browser.driver().findElement(By.linkText("Decorators")));
        browser.waitForIdle();
        assertTrue(browser.driver().getCurrentUrl().startsWith(expectedPrefix + "basics/deco.html"),
                browser.driver().getCurrentUrl());
        // the list of tags links to it too
        assertEquals(List.of(), browser.open(expectedPrefix + "tags/index.html"));
        browser.clickCentered(browser.driver().findElement(By.partialLinkText(TAG)));
        browser.waitForIdle();
        assertEquals("Tagged " + TAG, browser.driver().findElement(By.tagName("h1")).getText());
    }

    @Test
    void chineseTagPagesWorkUnderASubPath() {
        followTheTagLinkFrom(server.baseUrl() + "basics/deco.html", server.baseUrl());
    }

    @Test
    void chineseTagPagesWorkFromDisk() {
        String root = site.toUri().toString();
        followTheTagLinkFrom(root + "basics/deco.html", root);
    }
}
