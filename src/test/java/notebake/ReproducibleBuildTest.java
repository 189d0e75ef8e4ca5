package notebake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two builds of the same input write byte-identical sites (nothing depends on the time of the build). */
class ReproducibleBuildTest {

    private static TestSites site(Path dir) {
        return new TestSites(dir)
                .write("content/basics/a.md", "---\ntitle: A\ndate: 2025-03-04\nsection: basics\norder: 1\n"
                        + "tags: [demo]\nsummary: About A.\n---\nIntro.\n\n## Part\n\n```snippet demo/A.java\n```\n")
                .write("content/more/b.md", "---\ntitle: B\ndate: 2025-01-02\nsection: more\norder: 1\n"
                        + "tags: [other]\nsummary: About B.\n---\nSee [a](../basics/a.md#part).\n")
                .write("snippets/demo/A.java", "public class A {\n    public static void main(String[] a) {\n"
                        + "        System.out.println(1);\n    }\n}\n")
                .verified("demo/A.java", "public class A {\n    public static void main(String[] a) {\n"
                        + "        System.out.println(1);\n    }\n}\n", "1\n", "", 0);
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path dir) throws Exception {
        TestSites site = site(dir);
        site.build();
        Map<String, byte[]> first = TestSites.tree(dir.resolve("target/site"));
        Thread.sleep(1100); // a second later: anything that embeds the build time differs
        site.build();
        Map<String, byte[]> second = TestSites.tree(dir.resolve("target/site"));
        assertEquals(first.keySet(), second.keySet());
        List<String> differ = new ArrayList<>();
        first.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, second.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ, "files that differ between two builds of the same input");
    }

    @Test
    void theFeedIsAsNewAsItsNewestNote(@TempDir Path dir) {
        TestSites site = site(dir);
        site.build();
        String feed = site.page("feed.xml");
        // the notes are dated 2025-03-04 (a) and 2025-01-02 (b): the feed's own <updated> is the newer one
        String head = feed.substring(0, feed.indexOf("<entry>"));
        assertTrue(head.contains("<updated>2025-03-04T"), head);
    }

}
