package notebake;

import notebake.snippet.OptionsHeader;
import notebake.snippet.Regions;
import notebake.verify.ShownRegion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Shown line numbers are the file's real ones, on note pages and source pages, for whole files and regions. */
class RealLineNumbersTest {

    private static final String SOURCE = """
            // notebake: timeout=5s
            package demo;

            public class Lazy {
                public static void main(String[] args) {
                    // @start region=sum
                    int a = 1;
                    // @start region=inner
                    int b = 2;
                    // @end region=inner
                    System.out.println(a + b);
                    // @end region=sum
                }
            }
            """;

    @Test
    void regionsReportTheRealLineOfEveryShownLine() {
        Regions.ShownLines lines = Regions.lineNumbers(SOURCE);
        assertEquals(List.of(2, 3, 4, 5, 7, 9, 11, 13, 14), lines.code());
        assertEquals(List.of(7, 9, 11), lines.regions().get("sum"));
        assertEquals(List.of(9), lines.regions().get("inner"));
    }

    @Test
    void notePagesAndSourcePagesShowTheFilesLineNumbers(@TempDir Path dir) {
        List<String> fileLines = SOURCE.lines().toList();
        Regions.Shown shown = Regions.parse("demo/Lazy.java", fileLines,
                OptionsHeader.parse("demo/Lazy.java", fileLines).headerLines());
        TestSites site = new TestSites(dir).write("snippets/demo/Lazy.java", SOURCE)
                .note("basics/lazy.md", "Lazy", "basics", 1, """
                        Whole:

                        ```snippet demo/Lazy.java highlight=6
                        ```

                        A region:

                        ```snippet demo/Lazy.java#sum
                        ```
                        """)
                .verified("demo/Lazy.java", shown.code(), "3\n", "", 0,
                        shown.regions().stream().map(r -> new ShownRegion(r.name(), r.code(), r.startLine()))
                                .toArray(ShownRegion[]::new));
        site.build();

        List<Element> blocks = Jsoup.parse(site.page("basics/lazy.html")).select("pre.snippet-code");
        assertEquals(2, blocks.size());
        Element whole = blocks.get(0);
        assertEquals("2", whole.attr("data-start"), "the options header on line 1 is not shown");
        assertEquals("2,3,4,5,7,9,11,13,14", whole.attr("data-line-numbers"));
        // highlight= counts shown lines: the 6th shown line is Prism's row 6 (data-start + 5), the file's line 9
        assertEquals("7", whole.attr("data-line"));
        Element region = blocks.get(1);
        assertEquals("7", region.attr("data-start"));
        assertEquals("7,9,11", region.attr("data-line-numbers"));

        Element source = Jsoup.parse(site.page("snippets/demo/Lazy.java.html")).selectFirst("pre#code");
        assertNotNull(source);
        assertEquals("2", source.attr("data-start"));
        assertEquals("2,3,4,5,7,9,11,13,14", source.attr("data-line-numbers"));
    }

    @Test
    void contiguousNumbersNeedNoList(@TempDir Path dir) {
        String plain = "package demo;\n\npublic class Plain {\n    public static void main(String[] a) {\n"
                + "        System.out.println(1);\n    }\n}\n";
        TestSites site = new TestSites(dir).write("snippets/demo/Plain.java", plain)
                .note("basics/plain.md", "Plain", "basics", 1, "```snippet demo/Plain.java\n```\n")
                .verified("demo/Plain.java", plain, "1\n", "", 0);
        site.build();
        Element pre = Jsoup.parse(site.page("basics/plain.html")).selectFirst("pre.snippet-code");
        assertNotNull(pre);
        assertEquals("1", pre.attr("data-start"));
        assertFalse(pre.hasAttr("data-line-numbers"));
    }
}
