package notebake;

import notebake.cli.ExitCode;
import notebake.cli.Main;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.ResultsFile;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A snippet edited after `verify` is never published: the build compares each referenced snippet file with the
 * SHA-256 the verifier recorded, and refuses (naming the note's line, the file and the fix) when they differ, when
 * the file is gone, or when the results recorded no hash at all.
 */
class StaleResultsTest {

    private static final String CODE = """
            public class Lazy {
                public static void main(String[] args) {
                    // region sum
                    System.out.println(1 + 2);
                    // endregion
                }
            }
            """;
    private static final String SHOWN = """
            public class Lazy {
                public static void main(String[] args) {
                    System.out.println(1 + 2);
                }
            }
            """;
    // the note helper writes 8 front-matter lines; the body starts on line 9
    private static final String BODY = "Intro.\n\n```snippet demo/Lazy.java\n```\n";
    private static final String REGION_BODY = "Intro.\n\n## The sum\n\n```snippet demo/Lazy.java#sum\n```\n";

    private static TestSites verifiedSite(Path dir, String body) {
        return new TestSites(dir).write("snippets/demo/Lazy.java", CODE)
                .note("basics/lazy.md", "Lazy", "basics", 1, body)
                .verified("demo/Lazy.java", SHOWN, "3\n", "", 0,
                        new ShownRegion("sum", "        System.out.println(1 + 2);\n", 4));
    }

    private static List<Problem> refused(TestSites site) {
        ProblemException e = assertThrows(ProblemException.class, site::build);
        return e.problems();
    }

    @Test
    void anUnchangedSnippetIsPublished(@TempDir Path dir) {
        TestSites site = verifiedSite(dir, BODY);
        site.build();
        assertTrue(site.page("basics/lazy.html").contains("System.out.println(1 + 2);"));
    }

    @Test
    void aSnippetEditedAfterVerifyIsRefusedAtTheReferencingLine(@TempDir Path dir) throws IOException {
        TestSites site = verifiedSite(dir, BODY);
        Path previous = dir.resolve("target/site/index.html");
        Files.createDirectories(previous.getParent());
        Files.writeString(previous, "the previous site");
        Files.writeString(dir.resolve("snippets/demo/Lazy.java"), CODE.replace("1 + 2", "1 + 3"));

        List<Problem> problems = refused(site);
        assertEquals(1, problems.size(), problems.toString());
        String msg = problems.get(0).located();
        assertTrue(msg.startsWith("content/basics/lazy.md:11: snippet snippets/demo/Lazy.java changed after it "
                + "was verified"), msg);
        assertTrue(msg.endsWith("run `verify` again, then `build` (or `mvn site`, which does both)"), msg);
        assertEquals("the previous site", Files.readString(previous), "nothing may be published");
    }

    @Test
    void aRegionOfAnEditedFileIsRefusedEvenWhenTheRegionItselfIsUnchanged(@TempDir Path dir) throws IOException {
        TestSites site = verifiedSite(dir, REGION_BODY);
        site.build(); // fresh: the region is published
        assertTrue(site.page("basics/lazy.html").contains("region <code>sum</code>"));
        // an edit outside the region: the page would still show a whole-file link to code that never ran
        Files.writeString(dir.resolve("snippets/demo/Lazy.java"), CODE.replace("public class", "final class"));

        String msg = refused(site).get(0).located();
        assertTrue(msg.startsWith("content/basics/lazy.md:13: snippet snippets/demo/Lazy.java changed after it"),
                msg);
    }

    @Test
    void anEditThatRemovesTheRegionSaysStaleNotMissingRegion(@TempDir Path dir) throws IOException {
        TestSites site = verifiedSite(dir, REGION_BODY);
        Files.writeString(dir.resolve("snippets/demo/Lazy.java"), SHOWN);

        String msg = refused(site).get(0).located();
        assertTrue(msg.contains("changed after it was verified"), msg);
        assertFalse(msg.contains("has no region"), msg);
    }

    @Test
    void aSnippetDeletedAfterVerifyIsRefused(@TempDir Path dir) throws IOException {
        TestSites site = verifiedSite(dir, BODY);
        Files.delete(dir.resolve("snippets/demo/Lazy.java"));

        String msg = refused(site).get(0).located();
        assertTrue(msg.startsWith("content/basics/lazy.md:11: snippet snippets/demo/Lazy.java was verified but "
                + "cannot be read now (no such file; deleted or moved since `verify`?)"), msg);
        assertTrue(msg.endsWith("run `verify` again, then `build` (or `mvn site`, which does both)"), msg);
    }

    @Test
    void buildingWithoutTheSnippetsFolderThatWasVerifiedSaysWhichFolderToGive(@TempDir Path dir) throws IOException {
        // `verify --snippets src`, then `build` without --snippets: the build reads snippets/, which has none
        TestSites site = new TestSites(dir).write("src/demo/Lazy.java", CODE)
                .note("basics/lazy.md", "Lazy", "basics", 1, BODY);
        site.write("snippets/demo/Lazy.java", CODE).verified("demo/Lazy.java", SHOWN, "3\n", "", 0);
        Files.delete(dir.resolve("snippets/demo/Lazy.java"));
        var fromSrc = new notebake.verify.VerificationReport(notebake.verify.VerificationReport.FORMAT,
                dir.resolve("src").toString(), site.report().snippets());

        ProblemException e = assertThrows(ProblemException.class,
                () -> Notebake.build(site.config(), BuildOptions.strict(), fromSrc));
        String msg = e.problems().get(0).located();
        assertTrue(msg.contains("the results were verified from " + dir.resolve("src").toAbsolutePath().normalize()
                + " but this build reads snippets from " + dir.resolve("snippets").toAbsolutePath().normalize()), msg);
        assertTrue(msg.endsWith("(--snippets " + dir.resolve("src").toAbsolutePath().normalize()
                + "), or verify this one"), msg);
        assertFalse(msg.contains("deleted or moved"), msg);
    }

    @Test
    void resultsWithoutASourceHashAreRefusedAsUnknown(@TempDir Path dir) {
        TestSites site = new TestSites(dir).write("snippets/demo/Lazy.java", CODE)
                .note("basics/lazy.md", "Lazy", "basics", 1, BODY)
                // the form written before `sourceSha256` existed
                .result(new SnippetResult("demo/Lazy.java", SnippetKind.RUNNABLE, Status.VERIFIED, null, SHOWN,
                        List.of(), "3\n", false, "", false, 0, 84, "17.0.15", List.of(), false));

        String msg = refused(site).get(0).located();
        assertTrue(msg.startsWith("content/basics/lazy.md:11: the verification results record no source hash for "
                + "snippets/demo/Lazy.java (written by an older Notebake"), msg);
        assertTrue(msg.endsWith("run `verify` again, then `build` (or `mvn site`, which does both)"), msg);
    }

    @Test
    void aStaleSnippetIsRefusedEvenInADraftBuild(@TempDir Path dir) throws IOException {
        TestSites site = verifiedSite(dir, BODY);
        Files.writeString(dir.resolve("snippets/demo/Lazy.java"), CODE + "// more\n");
        ProblemException e = assertThrows(ProblemException.class,
                () -> Notebake.build(site.config(), new BuildOptions(true), site.report()));
        assertTrue(e.problems().get(0).message().contains("changed after it was verified"), e.problems().toString());
    }

    @Test
    void theBuildCommandRefusesAfterARealVerifyAndAnEdit(@TempDir Path dir) throws IOException {
        TestSites site = new TestSites(dir).write("snippets/demo/Lazy.java", CODE).write("snippets/demo/Lazy.out", "3\n")
                .note("basics/lazy.md", "Lazy", "basics", 1, BODY);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        {
            assertEquals(0, cli.execute("verify", "--source", dir.toString()), out + "\n" + err);
            String results = Files.readString(dir.resolve("target/notebake/results.json"), StandardCharsets.UTF_8);
            assertTrue(results.contains("\"sourceSha256\" : \"" + site.snippetHash("demo/Lazy.java", CODE) + "\""),
                    results);
            assertEquals(0, cli.execute("build", "--source", dir.toString()), out + "\n" + err);

            Files.writeString(dir.resolve("snippets/demo/Lazy.java"), CODE.replace("1 + 2", "40 + 2"));
            int code = cli.execute("build", "--source", dir.toString());
            String shown = out + "\n" + err;
            assertEquals(ExitCode.BUILD_PROBLEMS.code(), code, shown);
            assertTrue(shown.contains("content/basics/lazy.md:11: snippet snippets/demo/Lazy.java changed after it "
                    + "was verified"), shown);
            // the published page still shows the verified code, not the edit
            assertTrue(site.page("basics/lazy.html").contains("1 + 2"));
            assertFalse(site.page("basics/lazy.html").contains("40 + 2"));

            site.write("snippets/demo/Lazy.out", "42\n");
            assertEquals(0, cli.execute("verify", "--source", dir.toString()), out + "\n" + err);
            assertEquals(0, cli.execute("build", "--source", dir.toString()), out + "\n" + err);
            assertTrue(site.page("basics/lazy.html").contains("40 + 2"));
            ResultsFile.read(dir.resolve("target/notebake/results.json")); // still a valid results file
        }
    }
}
