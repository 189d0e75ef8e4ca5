package notebake.browser;

import notebake.TestSites;
import notebake.snippet.OptionsHeader;
import notebake.snippet.Regions;
import notebake.verify.ShownRegion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The line numbers a reader sees are the file's own: a snippet shown without its options header and region
 * markers skips their numbers (as javac messages and stack traces count them).
 */
@ExtendWith(RequiresChromium.class)
class LineNumbersBrowserIT {

    private static final String SOURCE = """
            // notebake: timeout=5s
            package demo;

            public class Lazy {
                public static void main(String[] args) {
                    // @start region=sum
                    int a = 1;
                    int b = 2;
                    // @end region=sum
                    System.out.println(a + b);
                }
            }
            """;

    private static Browser browser;
    private static StaticSiteServer server;

    @BeforeAll
    static void start() throws Exception {
        Path dir = FixtureSite.outputDir().resolve("line-numbers");
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        List<String> lines = SOURCE.lines().toList();
        Regions.Shown shown = Regions.parse("demo/Lazy.java", lines,
                OptionsHeader.parse("demo/Lazy.java", lines).headerLines());
        TestSites site = new TestSites(dir).write("snippets/demo/Lazy.java", SOURCE)
                .note("basics/lazy.md", "Lazy", "basics", 1,
                        "```snippet demo/Lazy.java highlight=5\n```\n\n```snippet demo/Lazy.java#sum\n```\n")
                .verified("demo/Lazy.java", shown.code(), "3\n", "", 0,
                        shown.regions().stream().map(r -> new ShownRegion(r.name(), r.code(), r.startLine()))
                                .toArray(ShownRegion[]::new));
        site.build();
        server = new StaticSiteServer(dir.resolve("target/site"), "/kb/");
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(browser, server);
    }

    @SuppressWarnings("unchecked")
    private static List<String> shownNumbers(int block) {
        return (List<String>) browser.js("""
                var pre = document.querySelectorAll('pre.snippet-code')[arguments[0]];
                // Prism numbers contiguous rows with a CSS counter that starts at pre's counter-reset
                var reset = (pre.style.counterReset || 'linenumber 0').split(' ');
                var base = parseInt(reset[1] || '0', 10);
                return Array.prototype.map.call(pre.querySelectorAll('.line-numbers-rows > span'), function (s, i) {
                  var c = getComputedStyle(s, '::before').content;
                  return c.indexOf('counter(') === 0 ? String(base + i + 1) : c.slice(1, -1);
                });""", block);
    }

    @Test
    void wholeFilesAndRegionsShowTheFilesLineNumbers() {
        assertEquals(List.of(), browser.open(server.baseUrl() + "basics/lazy.html"));
        browser.waitForIdle();
        assertEquals(List.of("2", "3", "4", "5", "7", "8", "10", "11", "12"), shownNumbers(0));
        assertEquals(List.of("7", "8"), shownNumbers(1));
    }

    @Test
    void highlightCountsShownLines() {
        assertEquals(List.of(), browser.open(server.baseUrl() + "basics/lazy.html"));
        browser.waitForIdle();
        // highlight=5 marks the 5th shown line, which is the file's line 7 (line 6 is a region marker)
        Object gap = browser.js("""
                var pre = document.querySelectorAll('pre.snippet-code')[0];
                var mark = pre.querySelector('.line-highlight');
                var row = pre.querySelectorAll('.line-numbers-rows > span')[4];
                return mark && row ? Math.abs(mark.getBoundingClientRect().top - row.getBoundingClientRect().top) : -1;""");
        double px = ((Number) gap).doubleValue();
        org.junit.jupiter.api.Assertions.assertTrue(px >= 0 && px < 4, "the mark sits on the row numbered 7: " + px);
        assertEquals("7", shownNumbers(0).get(4));
    }

    @Test
    void theSourcePageShowsThemToo() {
        assertEquals(List.of(), browser.open(server.baseUrl() + "snippets/demo/Lazy.java.html"));
        browser.waitForIdle();
        assertEquals(List.of("2", "3", "4", "5", "7", "8", "10", "11", "12"), shownNumbers(0));
    }
}
