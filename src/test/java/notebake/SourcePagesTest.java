package notebake;

import notebake.verify.ShownRegion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A snippet's source page (its whole file) has the section sidebar and breadcrumbs of the first note that shows
 * it, and a "Used by" list linking to every note and to each block showing it, named by the heading above it.
 */
class SourcePagesTest {

    private static final String CODE = "public class Lazy {\n    static int sum() {\n        return 3;\n    }\n}\n";

    private static TestSites site(Path dir) {
        return new TestSites(dir)
                // reading order: basics/first (order 1), basics/second (order 2), more/later
                .note("more/later.md", "Later", "more", 1, "```snippet demo/Lazy.java show=code\n```\n")
                .note("basics/second.md", "Second", "basics", 2, """
                        Intro.

                        ## Why `Lazy` waits

                        Text.

                        ```snippet demo/Lazy.java#sum
                        ```

                        ### Again, in a list

                        - first item

                          ```snippet demo/Lazy.java
                          ```
                        """)
                .note("basics/first.md", "First", "basics", 1, "## Start\n\n```snippet demo/Lazy.java\n```\n")
                .note("basics/other.md", "Other", "basics", 3, "No snippet here.\n")
                .verified("demo/Lazy.java", CODE, "", "", 0,
                        new ShownRegion("sum", "        return 3;\n", 3));
    }

    @Test
    void theSourcePageHasTheSidebarAndBreadcrumbsOfTheFirstNoteThatShowsIt(@TempDir Path dir) {
        TestSites site = site(dir);
        site.build();
        Document page = Jsoup.parse(site.page("snippets/demo/Lazy.java.html"));

        Element sidebar = page.getElementById("nb-sidebar");
        assertNotNull(sidebar, "the source page has the section sidebar");
        assertEquals(List.of("The basics", "More"), sidebar.select("li.nb-sidebar-section > a").eachText());
        assertEquals(List.of("First", "Second", "Other"), sidebar.select("ul.nb-sidebar-pages a").eachText());
        assertEquals(List.of("../../basics/first.html", "../../basics/second.html", "../../basics/other.html"),
                sidebar.select("ul.nb-sidebar-pages a").eachAttr("href"));

        assertEquals(List.of("Home", "The basics", "demo/Lazy.java"), page.select("#breadcrumbs li").eachText());
        assertEquals("../../basics/index.html", page.select("#breadcrumbs li a").get(1).attr("href"));
    }

    @Test
    void usedByLinksToEveryNoteAndEachBlockUnderItsHeading(@TempDir Path dir) {
        TestSites site = site(dir);
        site.build();
        Document page = Jsoup.parse(site.page("snippets/demo/Lazy.java.html"));

        List<Element> items = page.select("ul.used-by > li");
        assertEquals(List.of("../../basics/first.html", "../../basics/second.html", "../../more/later.html"),
                page.select("ul.used-by a.used-by-page").eachAttr("href"), "every note, in reading order");
        assertEquals("First: Start", items.get(0).text());
        assertEquals("Second: Why Lazy waits (region sum), Again, in a list", items.get(1).text());
        assertEquals("Later: top of the page", items.get(2).text());
        assertEquals(List.of("../../basics/first.html#snippet-1", "../../basics/second.html#snippet-1",
                        "../../basics/second.html#snippet-2", "../../more/later.html#snippet-1"),
                page.select("ul.used-by a.used-by-place").eachAttr("href"));

        // each link lands on the block (the build's link check also checked every one of these anchors)
        Document second = Jsoup.parse(site.page("basics/second.html"));
        assertEquals("demo/Lazy.java#sum", second.getElementById("snippet-1").attr("data-snippet"));
        assertEquals("demo/Lazy.java", second.getElementById("snippet-2").attr("data-snippet"));
        assertEquals("figure", second.getElementById("snippet-2").tagName());
    }

    @Test
    void aHeadingNamedLikeABlockIdGetsAnotherAnchor(@TempDir Path dir) {
        TestSites site = new TestSites(dir)
                .note("basics/a.md", "A", "basics", 1, "## Snippet 1\n\n```snippet demo/Lazy.java\n```\n")
                .verified("demo/Lazy.java", CODE, "", "", 0);
        site.build();
        Document a = Jsoup.parse(site.page("basics/a.html"));
        assertEquals("figure", a.getElementById("snippet-1").tagName());
        assertEquals("Snippet 1", a.getElementById("snippet-1-2").ownText());
        assertNull(a.select("h2#snippet-1").first());
    }
}
