package notebake.cli;

import notebake.TestSites;
import notebake.snippet.OptionsHeader;
import notebake.snippet.Regions;
import notebake.verify.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** build and serve take the source and snippets folders as verify does: --source DIR (or positional), --snippets. */
class SourceFolderOptionsTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static TestSites siteWithSnippetsIn(Path dir, String snippetsFolder) {
        String source = "// notebake: timeout=5s\npublic class Hi {\n    public static void main(String[] a) {\n"
                + "        System.out.println(\"hi\");\n    }\n}\n";
        List<String> lines = source.lines().toList();
        String code = Regions.parse("Hi.java", lines, OptionsHeader.parse("Hi.java", lines).headerLines()).code();
        TestSites site = new TestSites(dir).write(snippetsFolder + "/Hi.java", source)
                .note("basics/hi.md", "Hi", "basics", 1, "```snippet Hi.java\n```\n")
                .snippetsIn(snippetsFolder).verified("Hi.java", code, "hi\n", "", 0);
        ResultsFile.write(site.report(), dir.resolve("target/notebake/results.json"));
        return site;
    }

    @Test
    void buildTakesSourceAndSnippetsLikeVerify(@TempDir Path dir) throws Exception {
        TestSites site = siteWithSnippetsIn(dir, "src/examples");
        assertEquals(0, run("build", "--source", dir.toString(), "--snippets", dir.resolve("src/examples").toString()),
                err.toString());
        // the whole file was read from --snippets: its first shown line is the file's line 2 (after the header)
        assertTrue(site.page("basics/hi.html").contains("data-start=\"2\""), site.page("basics/hi.html"));
        assertFalse(err.toString().contains("no note references"), err.toString());
    }

    @Test
    void buildTakesTheRepositoryUrlForViewInRepositoryLinks(@TempDir Path dir) {
        TestSites site = siteWithSnippetsIn(dir, "snippets");
        assertEquals(0, run("build", dir.toString()), err.toString());
        assertFalse(site.page("basics/hi.html").contains("https://example.org/r/blob/abc/"));
        assertEquals(0, run("build", dir.toString(), "--repository-url", "https://example.org/r/blob/abc/"),
                err.toString());
        assertTrue(site.page("basics/hi.html").contains("href=\"https://example.org/r/blob/abc/snippets/Hi.java\""),
                site.page("basics/hi.html"));
    }

    @Test
    void buildStillTakesThePositionalForm(@TempDir Path dir) {
        siteWithSnippetsIn(dir, "snippets");
        assertEquals(0, run("build", dir.toString()), err.toString());
        assertTrue(Files.exists(dir.resolve("target/site/basics/hi.html")));
    }

    @Test
    void aContentFolderWithoutNotesBuildsWithAWarning(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        assertEquals(0, run("verify", "--source", dir.toString()), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("build", "--source", dir.toString()), err.toString());
        assertTrue(err.toString().startsWith("warning: " + dir.toAbsolutePath().normalize().resolve("content")
                + ": no notes, so the site has only its home page"), err.toString());
        assertTrue(out.toString().contains(" pages (0 notes) into "), out.toString());
    }

    @Test
    void aMissingSourceFolderSaysSoNotRunVerifyFirst(@TempDir Path dir) {
        for (List<String> args : List.of(List.of("build", "--source", dir.resolve("nope").toString()),
                List.of("build", dir.resolve("nope").toString()),
                List.of("serve", "--source", dir.resolve("nope").toString()))) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCode.INPUT_ERROR.code(), run(args.toArray(String[]::new)), args + ": " + err);
            assertTrue(err.toString().contains("source folder " + dir.resolve("nope") + " does not exist"),
                    args + ": " + err);
            assertFalse(err.toString().contains("verify"), args + ": " + err);
            assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        }
    }

    @Test
    void aMissingSnippetsFolderIsAnInputError(@TempDir Path dir) {
        siteWithSnippetsIn(dir, "snippets");
        assertEquals(ExitCode.INPUT_ERROR.code(),
                run("build", "--source", dir.toString(), "--snippets", dir.resolve("elsewhere").toString()));
        assertTrue(err.toString().contains("snippets folder " + dir.resolve("elsewhere") + " does not exist"),
                err.toString());
        assertEquals(ExitCode.INPUT_ERROR.code(),
                run("serve", "--source", dir.toString(), "--snippets", dir.resolve("elsewhere").toString()));
    }

    @Test
    void theSourceGivenTwiceDifferentlyIsAUsageError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        assertEquals(ExitCode.USAGE_ERROR.code(),
                run("build", dir.resolve("a").toString(), "--source", dir.resolve("b").toString()));
        assertTrue(err.toString().contains("given twice"), err.toString());
    }

    @Test
    void helpShowsTheOptions() {
        for (String command : List.of("build", "serve")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(command, "--help"));
            assertTrue(out.toString().contains("--source=DIR"), command + ": " + out);
            assertTrue(out.toString().contains("--snippets=DIR"), command + ": " + out);
        }
    }
}
