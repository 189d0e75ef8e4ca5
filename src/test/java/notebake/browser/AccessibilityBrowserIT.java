package notebake.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accessibility checks on every page of the fixture site: headings in order, every control has a name, text
 * contrast meets WCAG AA in both themes, and the keyboard reaches and shows what it focuses.
 */
@ExtendWith(RequiresChromium.class)
class AccessibilityBrowserIT {

    private static Browser browser;

    /** WCAG 2.x contrast of every visible text node against its composited background; failures as text. */
    private static final String CONTRAST = """
            function parse(c) {
              var m = /rgba?\\(([^)]+)\\)/.exec(c); if (!m) return null;
              var p = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
              return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
            }
            function over(top, bottom) {
              var a = top.a;
              return {r: top.r * a + bottom.r * (1 - a), g: top.g * a + bottom.g * (1 - a), b: top.b * a + bottom.b * (1 - a), a: 1};
            }
            function lum(c) {
              function f(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
              return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
            }
            function background(el) {
              var chain = []; for (var e = el; e; e = e.parentElement) chain.unshift(e);
              var bg = {r: 255, g: 255, b: 255, a: 1};
              chain.forEach(function (e) { var c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0) bg = over(c, bg); });
              return bg;
            }
            function hidden(el) {
              for (var e = el; e; e = e.parentElement) {
                var s = getComputedStyle(e);
                if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return true;
                if (e.classList.contains('visually-hidden')) return true;
              }
              return el.getClientRects().length === 0;
            }
            var failures = [], checked = 0;
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            var seen = new Set();
            while (walker.nextNode()) {
              var node = walker.currentNode, el = node.parentElement;
              if (!node.textContent.trim() || seen.has(el) || hidden(el)) continue;
              seen.add(el);
              var s = getComputedStyle(el);
              var bg = background(el), fg = over(parse(s.color), bg);
              var l1 = lum(fg), l2 = lum(bg);
              var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
              var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
              var need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
              checked++;
              if (ratio < need) failures.push(el.tagName.toLowerCase() + '.' + el.className + ' "' + node.textContent.trim().slice(0, 30)
                  + '" ' + ratio.toFixed(2) + ' < ' + need + ' (' + s.color + ' on rgb(' + [bg.r, bg.g, bg.b].map(Math.round) + '))');
            }
            return {checked: checked, failures: failures};
            """;

    @BeforeAll
    static void start() {
        SharedSite.server();
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser);
    }

    @Test
    void headingsAreInOrderOnEveryPage() {
        List<String> problems = new ArrayList<>();
        for (String page : FixtureSite.pages(SharedSite.config().siteDir())) {
            browser.open(SharedSite.url(page));
            Object result = browser.js("var out = [], last = 0, h1 = 0;"
                    + "document.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (h) {"
                    + "  var level = +h.tagName[1];"
                    + "  if (level === 1) h1++;"
                    + "  if (last === 0 && level !== 1) out.push('first heading is ' + h.tagName + ' \"' + h.textContent.trim() + '\"');"
                    + "  if (last && level > last + 1) out.push(h.tagName + ' \"' + h.textContent.trim() + '\" after h' + last);"
                    + "  last = level; });"
                    + "if (h1 !== 1) out.push(h1 + ' h1 elements');"
                    + "return out.join('; ');");
            if (!"".equals(result)) {
                problems.add(page + ": " + result);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyControlAndLinkHasAnAccessibleName() {
        List<String> problems = new ArrayList<>();
        for (String page : FixtureSite.pages(SharedSite.config().siteDir())) {
            browser.open(SharedSite.url(page));
            Object result = browser.js("var out = [];"
                    + "document.querySelectorAll('a[href], button, input, select, textarea, [role=button]').forEach(function (e) {"
                    + "  var name = e.getAttribute('aria-label') || '';"
                    + "  if (!name && e.getAttribute('aria-labelledby')) name = e.getAttribute('aria-labelledby').split(' ')"
                    + "      .map(function (id) { var l = document.getElementById(id); return l ? l.textContent : ''; }).join(' ');"
                    + "  if (!name && e.id) { var l = document.querySelector('label[for=\"' + e.id + '\"]'); if (l) name = l.textContent; }"
                    + "  if (!name && e.closest('label')) name = e.closest('label').textContent;"
                    + "  if (!name) name = e.textContent || e.getAttribute('title') || '';"
                    + "  if (!name.trim()) out.push(e.outerHTML.slice(0, 80)); });"
                    + "return out.join('; ');");
            if (!"".equals(result)) {
                problems.add(page + ": " + result);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void textContrastMeetsWcagAaInBothThemes() {
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            browser.emulateColorScheme(scheme);
            for (String page : List.of("index.html", "functions/decorators.html", "threads/thread-local.html",
                    "tags/index.html", "snippets/threads/thread-local/PerThreadCounter.java.html", "404.html")) {
                browser.open(SharedSite.url(page));
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> result = (java.util.Map<String, Object>) browser.js(CONTRAST);
                assertTrue(((Number) result.get("checked")).intValue() > 3, page + " has text to check");
                for (Object f : (List<?>) result.get("failures")) {
                    problems.add(scheme + " " + page + ": " + f);
                }
            }
        }
        browser.emulateColorScheme("light");
        assertEquals(List.of(), problems);
    }

    @Test
    void keyboardFocusStartsWithTheSkipLinkAndIsAlwaysVisible() {
        browser.open(SharedSite.url("threads/thread-local.html"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.js("return document.activeElement.className;"));
        assertTrue(((Number) browser.js("return document.activeElement.getBoundingClientRect().top;")).doubleValue() >= 0,
                "the skip link shows up when focused");
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            Object outline = browser.js("var s = getComputedStyle(document.activeElement);"
                    + "return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? '' : document.activeElement.outerHTML.slice(0, 80);");
            if (!"".equals(outline)) {
                invisible.add((String) outline);
            }
        }
        assertEquals(List.of(), invisible, "every focused element shows a focus ring");
    }
}
