package notebake.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader experience in real headless Chromium, on the fixture site served under a sub-path: search in English
 * and Chinese, highlighting, copy to clipboard, theme persistence, TOC scrolling and highlighting, snippet tools,
 * and no console error or failed request on any page.
 */
@ExtendWith(RequiresChromium.class)
class ReaderBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        SharedSite.server();
        browser = new Browser(1280, 900);
        browser.grantClipboard(SharedSite.server().origin());
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser);
    }

    @BeforeEach
    void lightSystemAndNoStoredChoices() {
        browser.emulateColorScheme("light");
        browser.resize(1280, 900);
        browser.open(SharedSite.url("index.html"));
        browser.js("localStorage.clear();");
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsOrFailedRequests() {
        List<String> pages = FixtureSite.pages(SharedSite.config().siteDir());
        assertTrue(pages.size() >= 10, "the fixture site has pages: " + pages);
        List<String> problems = new ArrayList<>();
        for (String page : pages) {
            for (Browser.Problem p : browser.open(SharedSite.url(page))) {
                problems.add(page + ": " + p);
            }
            // the search index and library load on first use: use them on every page too
            WebElement input = browser.driver().findElement(By.id("nb-search-input"));
            input.sendKeys("thread");
            waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#nb-search-results li")).isEmpty());
            for (Browser.Problem p : browser.drainProblems()) {
                problems.add(page + " (search): " + p);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Types a query and returns the result links' hrefs, best first. */
    private List<String> search(String query) {
        WebElement input = browser.driver().findElement(By.id("nb-search-input"));
        input.clear();
        input.sendKeys(query);
        waitUpTo(10).until(d -> {
            Object shown = browser.js("var l = document.getElementById('nb-search-results');"
                    + "return !l.hidden && l.children.length > 0 && document.getElementById('nb-search-input').value === arguments[0];", query);
            return Boolean.TRUE.equals(shown);
        });
        List<String> hrefs = new ArrayList<>();
        for (WebElement a : browser.driver().findElements(By.cssSelector("#nb-search-results a"))) {
            hrefs.add(a.getAttribute("href"));
        }
        return hrefs;
    }

    @Test
    void searchWorksOnTheSiteOpenedFromDisk() {
        // README: "Open target/site/index.html": file:// pages may not fetch() files, only load scripts
        String page = SharedSite.config().siteDir().resolve("functions/decorators.html").toUri().toString();
        assertTrue(page.startsWith("file:"), page);
        List<Browser.Problem> problems = new ArrayList<>(browser.open(page));
        List<String> hrefs = search("ThreadLocal");
        problems.addAll(browser.drainProblems());
        assertFalse(hrefs.isEmpty(), "results from file://");
        assertTrue(hrefs.get(0).startsWith("file:") && hrefs.get(0).contains("threads/thread-local.html"), hrefs.toString());
        assertEquals(List.of(), problems.stream().filter(p -> p.toString().contains("search")).toList());
    }

    @Test
    void whenTheSearchIndexCannotLoadTheDropdownSaysSo() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*search-index*")));
        try {
            browser.open(SharedSite.url("functions/decorators.html"));
            browser.driver().findElement(By.id("nb-search-input")).sendKeys("thread");
            waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#nb-search-results .nb-search-error")).isEmpty());
            WebElement message = browser.driver().findElement(By.cssSelector("#nb-search-results .nb-search-error"));
            assertTrue(message.isDisplayed(), "a visible message, not only one for screen readers");
            assertTrue(message.getText().startsWith("Search is unavailable"), message.getText());
            assertTrue(message.getSize().getHeight() > 10 && message.getSize().getWidth() > 100, "readable size");
        } finally {
            browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.drainProblems();
        }
    }

    @Test
    void searchFindsTheRightPageByEnglishAndChineseQueries() {
        browser.open(SharedSite.url("index.html"));
        Map<String, String> expected = Map.of(
                "ThreadLocal", "threads/thread-local.html",
                "decorator", "functions/decorators.html",
                "装饰器", "functions/decorators.html",
                "进程池", "concurrency-patterns/process-pools.html",
                "ExecutorService", "concurrency-patterns/process-pools.html",
                "withInitial", "threads/thread-local.html");
        expected.forEach((query, page) -> {
            List<String> hrefs = search(query);
            assertFalse(hrefs.isEmpty(), query);
            assertEquals(SharedSite.url(page), hrefs.get(0).split("#")[0], query + " → " + hrefs);
        });
    }

    @Test
    void searchResultsShowTitleSectionAndHighlightedExcerpt() {
        browser.open(SharedSite.url("index.html"));
        search("ThreadLocal");
        WebElement first = browser.driver().findElement(By.cssSelector("#nb-search-results li a"));
        assertEquals("Thread-local storage with ThreadLocal",
                first.findElement(By.className("nb-result-title")).getText());
        assertTrue(first.findElement(By.className("nb-result-where")).getText().startsWith("Threads and synchronization"),
                first.getText());
        List<WebElement> marks = first.findElements(By.cssSelector(".nb-result-excerpt mark, .nb-result-title mark"));
        assertFalse(marks.isEmpty(), "matched words are highlighted: " + first.getAttribute("innerHTML"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equalsIgnoreCase("ThreadLocal")), first.getAttribute("innerHTML"));

        search("装饰器");
        WebElement chinese = browser.driver().findElement(By.cssSelector("#nb-search-results li a"));
        String html = chinese.getAttribute("innerHTML");
        assertTrue(html.contains("<mark>装饰器</mark>"), "the alias is shown and highlighted: " + html);
    }

    @Test
    void slashFocusesSearchAndTheKeyboardAloneOpensAResult() {
        browser.open(SharedSite.url("functions/decorators.html"));
        new Actions(browser.driver()).sendKeys("/").perform();
        assertEquals("nb-search-input", browser.js("return document.activeElement.id;"));
        new Actions(browser.driver()).sendKeys("进程池").perform();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("#nb-search-results li a")).isEmpty());
        new Actions(browser.driver()).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals("nb-result-0", browser.js("return document.activeElement.id;"));
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitUpTo(10).until(d -> d.getCurrentUrl().contains("process-pools.html"));
        assertEquals(SharedSite.url("concurrency-patterns/process-pools.html"), browser.driver().getCurrentUrl());
    }

    @Test
    void slashInsideTheSearchBoxIsJustACharacter() {
        browser.open(SharedSite.url("index.html"));
        WebElement input = browser.driver().findElement(By.id("nb-search-input"));
        input.sendKeys("a/b");
        assertEquals("a/b", input.getAttribute("value"));
    }

    @Test
    void codeIsHighlightedByPrism() {
        browser.open(SharedSite.url("functions/decorators.html"));
        Number javaTokens = (Number) browser.js(
                "return document.querySelectorAll('figure.snippet pre code .token.keyword').length;");
        Number pythonTokens = (Number) browser.js(
                "return document.querySelectorAll('pre code.language-python .token.keyword').length;");
        assertTrue(javaTokens.intValue() > 3, "Java keywords are Prism tokens: " + javaTokens);
        assertTrue(pythonTokens.intValue() > 1, "Python keywords are Prism tokens: " + pythonTokens);
        Number lineNumbers = (Number) browser.js(
                "return document.querySelectorAll('figure.snippet .line-numbers-rows > span').length;");
        assertTrue(lineNumbers.intValue() > 5, "line numbers are shown: " + lineNumbers);
        String keywordColor = (String) browser.js("return getComputedStyle(document.querySelector("
                + "'figure.snippet .token.keyword')).color;");
        String plainColor = (String) browser.js("return getComputedStyle(document.querySelector("
                + "'figure.snippet pre code')).color;");
        assertNotEquals(plainColor, keywordColor, "keywords are coloured");
    }

    @Test
    void copyButtonPutsTheSnippetCodeOnTheClipboard() {
        browser.open(SharedSite.url("threads/thread-local.html"));
        WebElement figure = browser.driver().findElement(By.cssSelector("figure.snippet"));
        WebElement copy = figure.findElement(By.cssSelector(".nb-snippet-tools .copy-to-clipboard-button, .nb-snippet-tools .nb-copy"));
        assertTrue(copy.isDisplayed());
        browser.jsAsync("navigator.clipboard.writeText('before').then(arguments[0], arguments[0]);");
        browser.clickCentered(copy);
        String expected = (String) browser.js("return arguments[0].querySelector('pre.snippet-code code').textContent;", figure);
        waitUpTo(5).until(d -> expected.equals(clipboard()));
        assertTrue(expected.contains("ThreadLocal.withInitial"), expected);
    }

    private String clipboard() {
        return (String) browser.jsAsync("var done = arguments[0];"
                + "navigator.clipboard.readText().then(done, function (e) { done('clipboard error: ' + e); });");
    }

    private String background() {
        return (String) browser.js("return getComputedStyle(document.body).backgroundColor;");
    }

    @Test
    void themeFollowsTheSystemAndTheTogglePersistsAcrossReloads() {
        browser.open(SharedSite.url("threads/thread-local.html"));
        assertEquals("light", browser.js("return document.documentElement.getAttribute('data-theme-effective');"));
        assertEquals("rgb(255, 255, 255)", background());

        browser.emulateColorScheme("dark");
        browser.open(SharedSite.url("threads/thread-local.html"));
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme-effective');"),
                "no stored choice: the system's dark preference wins");
        String dark = background();
        assertNotEquals("rgb(255, 255, 255)", dark);

        browser.emulateColorScheme("light");
        browser.open(SharedSite.url("threads/thread-local.html"));
        WebElement toggle = browser.driver().findElement(By.cssSelector(".nb-theme-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        assertEquals(dark, background());

        browser.driver().navigate().refresh();
        browser.waitForIdle();
        assertEquals("dark", browser.js("return document.documentElement.getAttribute('data-theme');"));
        assertEquals(dark, background(), "the choice survives a reload");
        browser.open(SharedSite.url("index.html"));
        assertEquals(dark, background(), "and applies to other pages");

        browser.driver().findElement(By.cssSelector(".nb-theme-toggle")).click();
        browser.driver().navigate().refresh();
        browser.waitForIdle();
        assertEquals("rgb(255, 255, 255)", background(), "toggled back to light, also persistent");
    }

    @Test
    void tocLinksScrollToTheirHeadingsAndTheCurrentHeadingIsHighlighted() {
        browser.open(SharedSite.url("functions/decorators.html"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#page-toc a[href^='#']"));
        assertTrue(links.size() >= 4, "the note has a TOC: " + links.size());
        for (int i = links.size() - 1; i >= 0; i--) {
            WebElement link = links.get(i);
            String id = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            link.click();
            waitUpTo(5).until(d -> {
                Number top = (Number) browser.js("return document.getElementById(arguments[0]).getBoundingClientRect().top;", id);
                Number header = (Number) browser.js("return document.getElementById('site-header').getBoundingClientRect().bottom;");
                boolean atBottom = Boolean.TRUE.equals(browser.js(
                        "return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;"));
                return top.doubleValue() >= header.doubleValue() - 1
                        && (top.doubleValue() <= header.doubleValue() + 40 || atBottom && top.doubleValue() < 900);
            });
            assertTrue(browser.driver().getCurrentUrl().endsWith("#" + id));
            waitUpTo(5).until(d -> link.getAttribute("class") != null && link.getAttribute("class").contains("nb-active"));
            assertEquals("true", link.getAttribute("aria-current"));
        }
    }

    @Test
    void wrapToggleWrapsLongLinesAndBack() {
        browser.open(SharedSite.url("functions/decorators.html"));
        WebElement figure = browser.driver().findElements(By.cssSelector("figure.snippet")).get(1);
        WebElement pre = figure.findElement(By.cssSelector("pre.snippet-code"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Number overflow = (Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", pre);
        assertTrue(overflow.intValue() > 0, "the long line overflows before wrapping");
        WebElement wrap = figure.findElement(By.cssSelector(".nb-wrap-toggle"));
        browser.clickCentered(wrap);
        assertEquals("true", wrap.getAttribute("aria-pressed"));
        Number after = (Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", pre);
        assertTrue(after.intValue() <= 0, "wrapped: no horizontal scrolling, got " + after);
        Number rows = (Number) js.executeScript("return arguments[0].querySelectorAll('.line-numbers-rows > span').length;", pre);
        Number lines = (Number) js.executeScript("return arguments[0].textContent.split('\\n').length;", pre.findElement(By.tagName("code")));
        assertEquals(lines.intValue(), rows.intValue(), "still one number per source line");
        browser.clickCentered(wrap);
        assertEquals("false", wrap.getAttribute("aria-pressed"));
        assertTrue(((Number) js.executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", pre)).intValue() > 0);
    }

    @Test
    void outputPanelIsSeparateAndStderrLooksDifferent() {
        browser.open(SharedSite.url("threads/thread-local.html"));
        WebElement stdout = browser.driver().findElement(By.cssSelector("figure.snippet:nth-of-type(2) pre.snippet-stdout, figure.snippet pre.snippet-stdout"));
        List<WebElement> stderrs = browser.driver().findElements(By.cssSelector("figure.snippet pre.snippet-stderr"));
        assertEquals(1, stderrs.size());
        WebElement stderr = stderrs.get(0);
        assertTrue(stderr.getText().contains("<script>alert('not run')</script>"), "output is shown as text");
        assertNotEquals(stdout.getCssValue("color"), stderr.getCssValue("color"));
        assertNotEquals(stdout.getCssValue("border-left-color"), stderr.getCssValue("border-left-color"));
        Object label = browser.js("return getComputedStyle(arguments[0], '::before').content;", stderr);
        assertEquals("\"stderr\"", label);
        Object runBg = browser.js("return getComputedStyle(document.querySelector('figure.snippet .snippet-run')).backgroundColor;");
        Object codeBg = browser.js("return getComputedStyle(document.querySelector('figure.snippet pre.snippet-code')).backgroundColor;");
        assertNotEquals(codeBg, runBg, "the output panel has its own background");
    }

    @Test
    void sidebarListsSectionsAndTheCurrentSectionsPages() {
        browser.open(SharedSite.url("threads/thread-local.html"));
        List<WebElement> sections = browser.driver().findElements(By.cssSelector("#nb-sidebar .nb-sidebar-section > a"));
        assertEquals(3, sections.size());
        List<WebElement> pages = browser.driver().findElements(By.cssSelector("#nb-sidebar .nb-sidebar-pages a"));
        assertEquals(1, pages.size(), "only the current section's pages");
        assertEquals("page", pages.get(0).getAttribute("aria-current"));
        List<WebElement> crumbs = browser.driver().findElements(By.cssSelector("#breadcrumbs li"));
        assertEquals(List.of("Home", "Threads and synchronization", "Thread-local storage with ThreadLocal"),
                crumbs.stream().map(WebElement::getText).map(t -> t.replace("›", "").strip()).toList());
    }
}
