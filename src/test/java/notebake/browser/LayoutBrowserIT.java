package notebake.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layout at desktop and phone widths: screenshots for people to look at (target/browser/screenshots), no
 * sideways scrolling at 360 px, the sections menu on small screens, and print styles without the chrome.
 */
@ExtendWith(RequiresChromium.class)
class LayoutBrowserIT {

    private static Browser browser;

    @BeforeAll
    static void start() {
        SharedSite.server();
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser);
    }

    static Path screenshots() {
        return FixtureSite.outputDir().resolve("screenshots");
    }

    @Test
    void screenshotsOfHomeAndANoteAtDesktopAndPhoneWidths() throws Exception {
        for (String scheme : List.of("light", "dark")) {
            browser.emulateColorScheme(scheme);
            for (int width : new int[]{1280, 360}) {
                browser.resize(width, width == 360 ? 780 : 900);
                for (String page : List.of("index.html", "threads/thread-local.html")) {
                    assertEquals(List.of(), browser.open(SharedSite.url(page)));
                    String name = (page.equals("index.html") ? "home" : "note") + "-" + width
                            + (scheme.equals("dark") ? "-dark" : "") + ".png";
                    Path png = browser.screenshot(screenshots().resolve(name));
                    assertTrue(Files.size(png) > 10_000, "a real picture: " + png);
                }
            }
        }
        browser.emulateColorScheme("light");
    }

    @Test
    void searchResultsFitTheScreenAtBothWidths() throws Exception {
        for (int width : new int[]{1280, 360}) {
            browser.resize(width, width == 360 ? 780 : 900);
            browser.open(SharedSite.url("functions/decorators.html"));
            WebElement input = browser.driver().findElement(By.id("nb-search-input"));
            input.sendKeys("thread");
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.cssSelector("#nb-search-results li a")).isEmpty());
            WebElement results = browser.driver().findElement(By.id("nb-search-results"));
            Number right = (Number) browser.js("return arguments[0].getBoundingClientRect().right;", results);
            Number left = (Number) browser.js("return arguments[0].getBoundingClientRect().left;", results);
            assertTrue(left.doubleValue() >= 0 && right.doubleValue() <= width, "results inside the screen: "
                    + left + ".." + right + " at " + width);
            Files.write(screenshots().resolve("search-" + width + ".png"), browser.viewportPng());
        }
        browser.resize(1280, 900);
    }

    /** Columns of code a snippet block shows without scrolling, measured with the block's own font. */
    static double visibleCodeColumns(Browser browser, String snippet) {
        return ((Number) browser.js("var pre = document.querySelector('figure.snippet[data-snippet=\"' + arguments[0] + '\"] pre');"
                + "var code = pre.querySelector('code'); var probe = document.createElement('span');"
                + "probe.textContent = 'x'.repeat(100); code.appendChild(probe);"
                + "var perChar = probe.getBoundingClientRect().width / 100; probe.remove();"
                + "var cs = getComputedStyle(pre);"
                + "var inner = pre.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);"
                + "return inner / perChar;", snippet)).doubleValue();
    }

    @Test
    void codeShowsAtLeast88ColumnsBesideTheTableOfContentsAt1280Pixels() {
        browser.resize(1280, 900);
        browser.open(SharedSite.url("threads/thread-local.html"));
        assertTrue(browser.driver().findElement(By.id("page-toc")).isDisplayed(), "the TOC column is there");
        double columns = visibleCodeColumns(browser, "threads/thread-local/PerThreadCounter.java");
        System.out.printf("visible code columns at 1280 px: %.1f%n", columns);
        assertTrue(columns >= 88, "visible code columns at 1280 px: " + columns + "; widths (content, pre, toc, sidebar): "
                + browser.js("return ['#content', 'figure.snippet pre', '#page-toc', '#nb-sidebar'].map(function (s) {"
                + " var r = document.querySelector(s).getBoundingClientRect(); return Math.round(r.left) + '+' + Math.round(r.width); }).join(', ')"
                + " + ' font ' + getComputedStyle(document.querySelector('figure.snippet pre')).fontSize"
                + " + ' pad ' + getComputedStyle(document.querySelector('figure.snippet pre')).paddingLeft;"));
        assertEquals(Boolean.TRUE, browser.js("var pre = document.querySelector("
                        + "'figure.snippet[data-snippet=\"threads/thread-local/PerThreadCounter.java\"] pre');"
                        + "return pre.scrollWidth <= pre.clientWidth;"),
                "the snippet's 87-column line is not cut off");
        assertEquals(0L, ((Number) browser.js("return document.documentElement.scrollWidth"
                + " - document.documentElement.clientWidth;")).longValue(), "no sideways scrolling of the page");
    }

    /** Pixel rows of an element's screenshot that hold ink (pixels clearly unlike the background). */
    static java.util.SortedSet<Integer> inkRows(WebElement element) throws java.io.IOException {
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                element.getScreenshotAs(org.openqa.selenium.OutputType.BYTES)));
        int bg = png.getRGB(0, 0);
        java.util.SortedSet<Integer> rows = new java.util.TreeSet<>();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                int p = png.getRGB(x, y);
                int diff = Math.abs(((p >> 16) & 255) - ((bg >> 16) & 255)) + Math.abs(((p >> 8) & 255) - ((bg >> 8) & 255))
                        + Math.abs((p & 255) - (bg & 255));
                if (diff > 120) {
                    rows.add(y);
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void linkUnderlinesDoNotHideUnderscores() throws Exception {
        browser.resize(1280, 900);
        browser.open(SharedSite.url("index.html"));
        // a link like the home page's "Dynamic attributes, __slots__, ...", in the home page's own link list
        browser.js("var li = document.createElement('li'); var a = document.createElement('a'); a.id = 'nb-probe';"
                + "a.href = '#'; a.textContent = '________'; li.appendChild(a);"
                + "a.style.display = 'inline-block'; a.style.paddingBottom = '0.8em';"
                + "document.querySelector('.section-card .page-list, #content ul').appendChild(li);");
        WebElement link = browser.driver().findElement(By.id("nb-probe"));
        java.util.SortedSet<Integer> underlined = inkRows(link);
        browser.js("arguments[0].style.textDecorationLine = 'none';", link);
        java.util.SortedSet<Integer> underscores = inkRows(link);
        java.util.SortedSet<Integer> underline = new java.util.TreeSet<>(underlined);
        underline.removeAll(underscores);
        assertFalse(underscores.isEmpty(), "the underscores are drawn");
        assertFalse(underline.isEmpty(), "the underline has rows of its own, apart from the underscores: "
                + underlined + " vs " + underscores);
        assertTrue(underline.first() > underscores.last() + 1, "a blank row between the underscores "
                + underscores + " and the underline " + underline);
    }

    @Test
    void theTopicMapIsReadableOnAPhoneAndUsesTheWidthOnADesktop() {
        String page = SharedSite.url(notebake.bake.SitePlan.TOPICS_URI);
        browser.resize(360, 780);
        assertEquals(List.of(), browser.open(page));
        int width = ((Number) browser.js("return document.documentElement.clientWidth;")).intValue();
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".topic-map tbody tr"));
        assertTrue(rows.size() >= 5, "the fixture's topics are listed: " + rows.size());
        for (WebElement row : rows) {
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                Number right = (Number) browser.js("return arguments[0].getBoundingClientRect().right;", cell);
                assertTrue(right.doubleValue() <= width, "cell on screen at 360 px: '" + cell.getText() + "' ends at " + right);
            }
            assertTrue(row.getSize().getHeight() <= 130, "row height at 360 px: " + row.getSize().getHeight()
                    + " for '" + row.getText() + "'");
        }
        browser.screenshot(screenshots().resolve("topics-360.png"));
        WebElement link = browser.driver().findElement(By.cssSelector(".topic-map td a"));
        assertTrue(link.isDisplayed() && link.getRect().getX() + link.getRect().getWidth() <= width, "the page link is on screen");

        browser.resize(1280, 900);
        browser.open(page);
        Number contentLeft = (Number) browser.js("return document.getElementById('content').getBoundingClientRect().left;");
        Number contentRight = (Number) browser.js("return document.documentElement.clientWidth"
                + " - document.getElementById('content').getBoundingClientRect().right;");
        assertTrue(Math.abs(contentLeft.doubleValue() - contentRight.doubleValue()) < 40,
                "no empty sidebar column: content centred (" + contentLeft + " left, " + contentRight + " right)");
        Number table = (Number) browser.js("return document.querySelector('.topic-map').getBoundingClientRect().width;");
        assertTrue(table.doubleValue() >= 800, "the table uses the width: " + table);
        browser.screenshot(screenshots().resolve("topics-1280.png"));
    }

    @Test
    void nothingScrollsSidewaysOnA360PixelPhone() {
        browser.resize(360, 780);
        List<String> wide = new ArrayList<>();
        for (String page : FixtureSite.pages(SharedSite.config().siteDir())) {
            browser.open(SharedSite.url(page));
            Number overflow = (Number) browser.js(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow.intValue() > 0) {
                Object culprit = browser.js("var w = document.documentElement.clientWidth, out = [];"
                        + "document.querySelectorAll('body *').forEach(function (e) {"
                        + "  var r = e.getBoundingClientRect(); if (r.right > w + 1 && out.length < 3) out.push(e.tagName + '.' + e.className + ' ' + Math.round(r.right));"
                        + "}); return out.join(', ');");
                wide.add(page + " (" + overflow + " px: " + culprit + ")");
            }
        }
        browser.resize(1280, 900);
        assertEquals(List.of(), wide);
    }

    @Test
    void onAPhoneTheSectionsAreAMenuThatTheKeyboardCanOpenAndClose() {
        browser.resize(360, 780);
        browser.open(SharedSite.url("threads/thread-local.html"));
        WebElement sidebar = browser.driver().findElement(By.id("nb-sidebar"));
        WebElement menu = browser.driver().findElement(By.cssSelector(".nb-menu-toggle"));
        assertFalse(sidebar.isDisplayed(), "hidden until asked for");
        assertTrue(menu.isDisplayed());
        menu.sendKeys(Keys.ENTER);
        assertTrue(sidebar.isDisplayed());
        assertEquals("true", menu.getAttribute("aria-expanded"));
        assertEquals("page", browser.js("return document.activeElement.getAttribute('aria-current');"),
                "focus moves to the current page's link");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        assertFalse(sidebar.isDisplayed());
        assertEquals("false", menu.getAttribute("aria-expanded"));
        assertTrue((Boolean) browser.js("return document.activeElement.classList.contains('nb-menu-toggle');"));
        browser.resize(1280, 900);
        browser.open(SharedSite.url("threads/thread-local.html"));
        assertTrue(browser.driver().findElement(By.id("nb-sidebar")).isDisplayed(), "always shown on a desktop");
        assertFalse(browser.driver().findElement(By.cssSelector(".nb-menu-toggle")).isDisplayed());
    }

    @Test
    void printingShowsCodeAndOutputWithoutTheChrome() throws Exception {
        browser.open(SharedSite.url("functions/decorators.html"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            for (String chrome : List.of("#site-header", "#nb-sidebar", "#page-toc", "#breadcrumbs", "#prev-next",
                    "#site-footer", ".nb-snippet-tools")) {
                assertEquals("none", browser.js("return getComputedStyle(document.querySelector(arguments[0])).display;", chrome),
                        chrome + " is not printed");
            }
            assertEquals("block", browser.js("return getComputedStyle(document.querySelector('figure.snippet pre.snippet-code')).display;"));
            assertEquals("pre-wrap", browser.js("return getComputedStyle(document.querySelector('figure.snippet pre.snippet-code')).whiteSpace;"),
                    "long lines wrap on paper instead of being cut");
            assertTrue((Boolean) browser.js("var o = document.querySelector('figure.snippet .snippet-run');"
                    + "return getComputedStyle(o).display !== 'none' && o.offsetHeight > 0;"), "the output is printed");
            browser.screenshot(screenshots().resolve("note-print.png"));
        } finally {
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }
}
