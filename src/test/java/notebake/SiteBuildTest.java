package notebake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteBuildTest {

    @Test
    void unreferencedSnippetsAreWarnings(@TempDir Path dir) {
        TestSites site = new TestSites(dir)
                .note("basics/hello.md", "Hello", "basics", 1, "No snippet here.\n")
                .verified("basics/hello/Lonely.java", "class Lonely {}\n", "", "", 0);
        BuildReport report = site.build();
        assertEquals(1, report.warnings().size(), report.warnings().toString());
        assertEquals("snippets/basics/hello/Lonely.java: no note references this snippet",
                report.warnings().get(0).located());
    }

    @Test
    void theHomePageSaysHowManyNotesAndSnippetsAndWhatWasRun(@TempDir Path dir) {
        String main = "public class Hi {\n    public static void main(String[] a) {\n        Util.hi();\n    }\n}\n";
        String util = "class Util {\n    static void hi() {\n        System.out.println(\"hi\");\n    }\n}\n";
        TestSites site = new TestSites(dir)
                .note("basics/hi.md", "Hi", "basics", 1, "```snippet basics/hi/Hi.java\n```\n")
                .verified("basics/hi/Hi.java", main, "hi\n", "", 0);
        site.build();
        assertEquals("1 note in 1 section, showing 1 Java snippet. Every snippet was compiled and run when this site "
                + "was built; the output under it is the output of that run.", lede(site));
        site.note("basics/util.md", "Util", "basics", 2, "```snippet basics/hi/Util.java\n```\n")
                .helper("basics/hi/Util.java", util);
        site.build();
        assertEquals("2 notes in 1 section, showing 2 Java snippets. Every snippet was compiled when this site was "
                + "built; the 1 with a main method were also run, and the output under each is the output of that run.",
                lede(site));
    }

    private static String lede(TestSites site) {
        return org.jsoup.Jsoup.parse(site.page("index.html")).selectFirst(".home-lede").text();
    }

    @Test
    void buildsASiteWithNotesSectionsTagsAndSnippets(@TempDir Path dir) {
        TestSites site = new TestSites(dir)
                .note("basics/hello.md", "Hello", "basics", 1, """
                        # Hello

                        ## Running it

                        ```snippet basics/hello/Hello.java
                        ```

                        ## Python

                        ```python
                        print("hi")
                        ```

                        See [the next page](world.md#details).
                        """)
                .note("basics/world.md", "World", "basics", 2, """
                        ## Details

                        Back to [hello](hello.md).
                        """)
                .verified("basics/hello/Hello.java", "class Hello {\n  public static void main(String[] a) {\n"
                        + "    System.out.println(\"<script>alert(1)</script>\");\n  }\n}\n",
                        "<script>alert(1)</script>\n", "", 0);
        BuildReport report = site.build();
        assertEquals(2, report.notes());
        String hello = site.page("basics/hello.html");
        assertTrue(hello.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), hello);
        assertTrue(hello.contains("href=\"world.html#details\""), hello);
        assertTrue(Files.exists(dir.resolve("target/site/index.html")));
        assertTrue(Files.exists(dir.resolve("target/site/assets/vendor/prism/prism.js")));
        String feed = site.page("feed.xml");
        assertEquals(2, feed.split("<entry>", -1).length - 1, feed);
        assertTrue(feed.contains("<link href=\"basics/hello.html\"/>"), feed);
        assertTrue(site.page("sitemap.xml").contains("<loc>basics/world.html</loc>"));
        assertTrue(site.page("404.html").contains("Page not found"));
        // the search index written by the post-pass is the one a separate pass over the finished pages gives
        String written = site.page("search-index.json");
        try {
            var separate = new notebake.postpass.SearchIndexBuilder(dir.resolve("target/site")).build();
            var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(written).get("documents");
            assertEquals(separate.size(), tree.size());
            for (int i = 0; i < separate.size(); i++) {
                assertEquals(separate.get(i).url(), tree.get(i).get("url").asText());
                assertEquals(separate.get(i).text(), tree.get(i).get("text").asText());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
