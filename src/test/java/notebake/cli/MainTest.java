package notebake.cli;

import notebake.report.JUnitXmlReport;
import notebake.verify.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpListsOptionsAndExitCodes() {
        assertEquals(0, run("verify", "--help"));
        for (String o : new String[]{"--source", "--snippets", "--update", "--only", "--jobs", "--strict", "--repeat",
                "Exit codes"}) {
            assertTrue(out.toString().contains(o), o + " missing from\n" + out);
        }
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("verify"));
    }

    @Test
    void badCommandLineIsAUsageError() {
        assertEquals(ExitCode.USAGE_ERROR.code(), run("verify", "--frobnicate"));
        assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
        assertEquals(ExitCode.USAGE_ERROR.code(), run("verify", "--repeat", "0"));
        assertEquals(ExitCode.USAGE_ERROR.code(), run("verify", "--jobs", "many"));
        assertEquals(ExitCode.USAGE_ERROR.code(), run("verify", "--only", "{unclosed"));
        assertTrue(err.toString().contains("is not a valid glob"), err.toString());
    }

    @Test
    void missingFolderOrBadConfigIsAnInputError(@TempDir Path dir) throws Exception {
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        Files.writeString(dir.resolve("notebake.properties"), "verify.jobz=2\n");
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", dir.toString()));
        assertTrue(err.toString().contains("verify.jobz"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void emptySourceVerifies(@TempDir Path dir) {
        assertEquals(0, run("verify", "--source", dir.toString(), "--strict"));
        assertTrue(out.toString().endsWith("0 verified, 0 failed, 0 skipped" + System.lineSeparator()), out.toString());
        assertEquals("warning: no snippets folder " + dir.toAbsolutePath().normalize().resolve("snippets")
                + ", so there is nothing to verify; pass --snippets DIR or set snippets.dir in notebake.properties "
                + "if the snippets are elsewhere" + System.lineSeparator(), err.toString(), "exactly one line");
    }

    @Test
    void missingConfiguredSnippetsFolderIsNamedButAnEmptyOneIsFine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notebake.properties"), "snippets.dir=code\n");
        Files.createDirectories(dir.resolve("snippets"));
        assertEquals(0, run("verify", "--source", dir.toString()));
        assertTrue(err.toString().startsWith("warning: no snippets folder " + dir.toAbsolutePath().normalize()
                .resolve("code") + ","), err.toString());
        err.getBuffer().setLength(0);
        Files.createDirectories(dir.resolve("code"));
        assertEquals(0, run("verify", "--source", dir.toString()));
        assertEquals("", err.toString(), "an existing, empty snippets folder needs no warning");
    }

    @Test
    void failuresGiveExitOneSummaryAndJUnitXml(@TempDir Path dir) throws Exception {
        Fixtures.sourceWith(dir, "html", "exit-code", "compile-error");
        assertEquals(ExitCode.SNIPPETS_FAILED.code(), run("verify", "--source", dir.toString(), "--jobs", "2"));
        String summary = out.toString();
        assertTrue(summary.contains("FAILED " + dir.resolve("snippets") + "/compile-error/Broken.java:3: does not compile"),
                summary);
        assertTrue(summary.contains("/exit-code/ExitThree.java:1: exited with 3, expected 0"), summary);
        assertTrue(summary.endsWith("2 verified, 2 failed, 0 skipped" + System.lineSeparator()), summary);
        Path xml = dir.resolve("target/notebake/junit/" + JUnitXmlReport.FILE_NAME);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        assertEquals("4", doc.getDocumentElement().getAttribute("tests"));
        assertEquals("2", doc.getDocumentElement().getAttribute("failures"));
        assertEquals(2, doc.getElementsByTagName("failure").getLength());
        assertTrue(Files.readString(xml).contains("&lt;script&gt;"), "output is escaped in XML");
    }

    @Test
    void snippetsFolderElsewhere(@TempDir Path dir) {
        Fixtures.sourceWith(dir.resolve("tutorial"), "html");
        Path src = dir.resolve("tutorial/snippets");
        Path project = dir.resolve("project");
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", dir.toString(), "--snippets",
                project.toString()));
        assertEquals(0, run("verify", "--source", dir.toString(), "--snippets", src.toString()));
        assertTrue(Files.isRegularFile(dir.resolve("target/notebake/results.json")));
    }

    /** A command that fails like a build with problems. */
    @picocli.CommandLine.Command(name = "fail")
    static final class Failing implements java.util.concurrent.Callable<Integer> {
        final java.util.List<notebake.internal.Problem> problems;

        Failing(java.util.List<notebake.internal.Problem> problems) {
            this.problems = problems;
        }

        @Override
        public Integer call() {
            throw new notebake.internal.ProblemException(problems);
        }
    }

    int runFailing(java.util.List<notebake.internal.Problem> problems) {
        picocli.CommandLine cl = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true));
        cl.addSubcommand("fail", new picocli.CommandLine(new Failing(problems)));
        cl.setErr(new PrintWriter(err, true)); // again, so that the new subcommand writes there too
        return cl.execute("fail");
    }

    @Test
    void problemCountsAreSingularOrPlural() {
        assertEquals(ExitCode.BUILD_PROBLEMS.code(), runFailing(java.util.List.of(
                new notebake.internal.Problem("content/a.md", 3, "broken link"))));
        assertTrue(err.toString().contains("\n1 problem; nothing was published".replace("\n", System.lineSeparator())),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.BUILD_PROBLEMS.code(), runFailing(java.util.List.of(
                new notebake.internal.Problem("content/a.md", 3, "broken link"),
                new notebake.internal.Problem("content/b.md", 1, "no title"))));
        assertTrue(err.toString().contains("2 problems; nothing was published"), err.toString());
        err.getBuffer().setLength(0);
        runFailing(java.util.List.of(new notebake.internal.Problem("content/a.md", 3,
                "snippet a/B.java is failed (uncaught X: \u001b[2J)")));
        assertTrue(err.toString().startsWith("error: content/a.md:3: snippet a/B.java is failed (uncaught X: "
                + "\\u001B[2J)"), "no raw escape sequence from snippet output: " + err);
        assertFalse(err.toString().contains("problem(s)"));
    }

    @Test
    void aTargetFolderThatCannotBeWrittenIsNamedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("snippets/demo"));
        Files.writeString(dir.resolve("snippets/demo/Helper.java"), "class Helper {}\n");
        Files.writeString(dir.resolve("target"), "a file where target/ should be\n");
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", dir.toString()));
        String e = err.toString();
        assertTrue(e.startsWith("error: " + dir.toAbsolutePath().normalize().resolve("target")), e);
        assertTrue(e.contains("not a directory") && e.contains("delete it and run again"), e);
        assertFalse(e.contains("internal error") || e.contains("    at "), "no stack trace:\n" + e);
        assertEquals("a file where target/ should be\n", Files.readString(dir.resolve("target")), "left as it was");
    }

    @Test
    void anOnlyGlobThatMatchesNothingIsAnErrorNotASilentPass(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("snippets/demo"));
        Files.writeString(dir.resolve("snippets/demo/Helper.java"), "class Helper {}\n");
        assertEquals(ExitCode.USAGE_ERROR.code(), run("verify", "--source", dir.toString(), "--only", "demos/**"));
        assertTrue(err.toString().startsWith("error: no snippet matches --only demos/**; it is matched against"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("verify", "--source", dir.toString(), "--only", "demo/**"), err.toString());
        assertEquals(0, run("verify", "--source", dir.toString(), "--only", "Helper.java"), err.toString());
        assertEquals("", err.toString());
    }

    @Test
    void aFileGivenAsAFolderIsCalledAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("note.md"), "x\n");
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", file.toString()));
        assertEquals(ExitCode.INPUT_ERROR.code(), run("build", "--source", file.toString()));
        assertEquals(ExitCode.INPUT_ERROR.code(), run("verify", "--source", dir.toString(), "--snippets",
                file.toString()));
        assertEquals(ExitCode.INPUT_ERROR.code(), run("build", dir.toString(), "--snippets", file.toString()));
        String e = err.toString();
        assertEquals(4, e.split(" is a file, not a folder; pass an existing folder", -1).length - 1, e);
        assertFalse(e.contains("does not exist"), e);
    }

    @Test
    void updateListsTheGoldenFilesItWrote(@TempDir Path dir) throws Exception {
        Path snippet = dir.resolve("snippets/demo/New.java");
        Files.createDirectories(snippet.getParent());
        Files.writeString(snippet, "public class New { public static void main(String[] a) { "
                + "System.out.println(\"hi\"); } }\n");
        String golden = dir.toAbsolutePath().normalize().resolve("snippets/demo/New.out").toString();
        assertEquals(0, run("verify", "--source", dir.toString(), "--update"), err.toString());
        assertTrue(out.toString().startsWith("wrote " + golden + " (new)" + System.lineSeparator()), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("verify", "--source", dir.toString(), "--update"), err.toString());
        assertFalse(out.toString().contains("wrote "), "nothing changed: " + out);
        out.getBuffer().setLength(0);
        Files.writeString(snippet, Files.readString(snippet).replace("hi", "bye"));
        assertEquals(0, run("verify", "--source", dir.toString(), "--update"), err.toString());
        assertTrue(out.toString().startsWith("wrote " + golden + " (changed)"), out.toString());
        assertEquals("bye\n", Files.readString(dir.resolve("snippets/demo/New.out")));
    }
}
