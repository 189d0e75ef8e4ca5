package notebake.browser;

import notebake.config.Config;
import notebake.config.ConfigLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GitHub Pages answers every missing URL, at any depth, with the site's 404.html. With {@code site.url} configured
 * (as pages.yml does) that page must work at a nested missing address: styles, script, icon, search and links.
 */
@ExtendWith(RequiresChromium.class)
class NotFoundPageBrowserIT {

    private static StaticSiteServer server;
    private static Browser browser;

    @BeforeAll
    static void buildWithSiteUrl() throws IOException {
        Path source = FixtureSite.copy("notfound-source");
        Config plain = ConfigLoader.load(source);
        // the server first, so its address can be the configured public URL of the site it then serves
        server = new StaticSiteServer(plain.siteDir(), SharedSite.BASE_PATH);
        Files.writeString(source.resolve("notebake.properties"), "\nsite.url=" + server.baseUrl() + "\n",
                StandardOpenOption.APPEND);
        FixtureSite.build(source, false);
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser, server);
    }

    @Test
    void theNotFoundPageWorksAtANestedMissingAddress() {
        String missing = server.baseUrl() + "functions/deep/missing.html";
        List<String> problems = new ArrayList<>();
        for (Browser.Problem p : browser.open(missing)) {
            if (!p.detail().startsWith(missing)) { // the page itself is the 404 (and says so in the console)
                problems.add(p.toString());
            }
        }
        assertEquals("Page not found", browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("sticky", browser.js("return getComputedStyle(document.getElementById('site-header')).position;"),
                "reader.css applied");
        assertEquals("true", browser.js("return document.documentElement.getAttribute('data-theme-effective') ? 'true' : 'false';"),
                "reader.js ran");
        List<String> relative = new ArrayList<>();
        for (WebElement e : browser.driver().findElements(By.cssSelector("a[href], link[href], script[src]"))) {
            String raw = e.getDomAttribute(e.getTagName().equals("script") ? "src" : "href");
            if (!raw.startsWith("#") && !raw.startsWith(server.baseUrl())) {
                relative.add(e.getTagName() + " " + raw);
            }
        }
        assertEquals(List.of(), relative, "every asset and link is absolute");

        WebElement input = browser.driver().findElement(By.id("nb-search-input"));
        input.sendKeys("ThreadLocal");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("#nb-search-results a")).isEmpty());
        String first = browser.driver().findElement(By.cssSelector("#nb-search-results a")).getAttribute("href");
        assertTrue(first.startsWith(server.baseUrl() + "threads/thread-local.html"), first);
        browser.drainProblems().stream().filter(p -> !p.detail().startsWith(missing)).forEach(p -> problems.add(p.toString()));
        assertEquals(List.of(), problems, "no failed request on the 404 page");

        browser.driver().findElement(By.linkText("Go to the list of sections")).click();
        assertEquals(server.baseUrl() + "index.html", browser.driver().getCurrentUrl());
        assertFalse(browser.driver().getTitle().startsWith("Page not found"));
    }
}
