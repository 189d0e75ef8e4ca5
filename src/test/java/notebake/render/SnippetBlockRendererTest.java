package notebake.render;

import notebake.verify.ShownRegion;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden tests of the snippet block. Expected HTML lives in src/test/resources/expected/snippet/; run with
 * -Dnotebake.updateExpected=true to rewrite it after an intended change (then review the diff).
 */
class SnippetBlockRendererTest {

    private static final String CODE = """
            import java.util.List;

            public class Greeting {
                public static void main(String[] args) {
                    List<String> names = List.of("Ada", "<script>alert(1)</script>");
                    for (String name : names) {
                        System.out.println("Hello, " + name + "!");
                    }
                }
            }
            """;
    private static final ShownRegion LOOP = new ShownRegion("loop",
            "for (String name : names) {\n    System.out.println(\"Hello, \" + name + \"!\");\n}\n", 6);

    private static SnippetResult result(Status status, String reason, String stdout, String stderr, Integer exit) {
        return new SnippetResult("guide/example/Greeting.java", SnippetKind.RUNNABLE, status, reason, CODE,
                List.of(LOOP), stdout, false, stderr, false, exit, 84, "17.0.15", List.of(), false);
    }

    private static final SnippetResult VERIFIED = result(Status.VERIFIED, null,
            "Hello, Ada!\nHello, <script>alert(1)</script>!\n", "", 0);

    @Test
    void wholeFileWithOutputAndBadge() throws IOException {
        String html = new SnippetBlockRenderer("")
                .render(SnippetRefParser.parse("snippet guide/example/Greeting.java"), VERIFIED, null, "../");
        golden("whole-file", html);
        assertTrue(html.contains("badge-verified"));
        assertTrue(html.contains("JDK 17.0.15"));
        assertTrue(html.contains("84 ms"));
    }

    @Test
    void outputIsEscaped() {
        String html = new SnippetBlockRenderer("")
                .render(SnippetRefParser.parse("snippet guide/example/Greeting.java"), VERIFIED, null, "");
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Hello, &lt;script&gt;alert(1)&lt;/script&gt;!"), html);
    }

    @Test
    void regionWithHighlightAndRepositoryLink() throws IOException {
        String html = new SnippetBlockRenderer("https://github.com/o/r/blob/main/snippets/").render(
                SnippetRefParser.parse("snippet guide/example/Greeting.java#loop highlight=2 show=code"),
                VERIFIED, LOOP, "../");
        golden("region-highlight", html);
        assertTrue(html.contains("data-start=\"6\""));
        assertTrue(html.contains("data-line=\"7\""), "line 2 of the region is line 7 of the file");
        assertFalse(html.contains("snippet-run"), "show=code has no output");
        assertFalse(html.contains("@start"));
    }

    @Test
    void stderrAndExitCode() throws IOException {
        SnippetResult r = result(Status.VERIFIED, null, "partial\n", "boom <b>bold</b>\n", 3);
        String html = new SnippetBlockRenderer("")
                .render(SnippetRefParser.parse("snippet guide/example/Greeting.java show=output"), r, null, "");
        golden("stderr-exit", html);
        assertTrue(html.contains("<pre class=\"snippet-stderr\""));
        assertTrue(html.contains("exit code 3"));
        assertTrue(html.contains("boom &lt;b&gt;bold&lt;/b&gt;"));
        assertFalse(html.contains("language-java"), "show=output has no code");
    }

    @Test
    void failedSnippetNeverLooksVerified() throws IOException {
        SnippetResult r = result(Status.FAILED, "output differs from Greeting.out", "Hello\n", "", 0);
        String html = new SnippetBlockRenderer("")
                .render(SnippetRefParser.parse("snippet guide/example/Greeting.java"), r, null, "");
        golden("failed", html);
        assertFalse(html.contains("badge-verified"));
        assertTrue(html.contains("badge-failed"));
        assertTrue(html.contains("output differs from Greeting.out"));
    }

    static void golden(String name, String actual) throws IOException {
        Path file = Path.of("src/test/resources/expected/snippet", name + ".html");
        if (Boolean.getBoolean("notebake.updateExpected") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("notebake.updateExpected")) {
                throw new AssertionError("golden file " + file + " was missing and has been written; review it");
            }
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + file);
    }
}
