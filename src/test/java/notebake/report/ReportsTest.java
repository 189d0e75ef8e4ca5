package notebake.report;

import notebake.verify.Diagnostic;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import notebake.verify.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportsTest {

    static SnippetResult result(String path, Status status, String reason, String stdout, List<Diagnostic> diags) {
        return new SnippetResult(path, SnippetKind.RUNNABLE, status, reason, "code", List.of(), stdout, false, "", false,
                status == Status.SKIPPED ? null : 0, 12, "17.0.15", diags, false, null);
    }

    static final VerificationReport REPORT = new VerificationReport(VerificationReport.FORMAT, "/s", List.of(
            result("a/Ok.java", Status.VERIFIED, null, "<script>alert(1)</script>\u0000\u001b[31m\n", List.of()),
            result("b/Broken.java", Status.FAILED, "does not compile (line 3): cannot find symbol", "", List.of(
                    new Diagnostic("b/Broken.java", 3, 9, "ERROR", "compiler.err.cant.resolve", "cannot find symbol"),
                    new Diagnostic("b/Broken.java", 5, 1, "ERROR", "compiler.err.cant.resolve", "cannot find x"))),
            result("c/New.java", Status.SKIPPED, "it needs Java 21", "", List.of())));

    @Test
    void summaryDoesNotRepeatTheLineItAlreadyNames() {
        VerificationReport r = new VerificationReport(VerificationReport.FORMAT, "/s", List.of(
                result("a/Hello.java", Status.FAILED, "line 1: unknown option `bogus`", "", List.of(
                        new Diagnostic("a/Hello.java", 1, 0, "ERROR", "notebake.snippet", "unknown option `bogus`"))),
                result("b/Two.java", Status.FAILED, "line 2: bad region; line 7: other", "", List.of(
                        new Diagnostic("b/Two.java", 7, 0, "ERROR", "notebake.snippet", "other")))));
        String s = ConsoleSummary.render(r, "snippets/", false).replace(System.lineSeparator(), "\n");
        assertTrue(s.startsWith("FAILED snippets/a/Hello.java:1: unknown option `bogus`\n"), s);
        assertTrue(s.contains("FAILED snippets/b/Two.java:7: line 2: bad region; line 7: other\n"),
                "another line's prefix stays: " + s);
    }

    @Test
    void snippetOutputQuotedInAReasonCannotDriveTheTerminal() {
        VerificationReport r = new VerificationReport(VerificationReport.FORMAT, "/s", List.of(
                result("a/Esc.java", Status.FAILED, "uncaught java.lang.RuntimeException: bad\u0000\u001b]0;pwned\u0007"
                        + "\u001b[2J\r\u009b (exit 1)\nstdout:\n| \tok \u8def", "", List.of())));
        String s = ConsoleSummary.render(r, "snippets/", false).replace(System.lineSeparator(), "\n");
        assertEquals("FAILED snippets/a/Esc.java:1: uncaught java.lang.RuntimeException: bad\\u0000\\u001B]0;pwned"
                + "\\u0007\\u001B[2J\\u000D\\u009B (exit 1)\n    stdout:\n    | \tok \u8def\n"
                + "0 verified, 1 failed, 0 skipped\n", s);
    }

    @Test
    void summaryNamesEachProblemWithFileAndLine() {
        String s = ConsoleSummary.render(REPORT, "snippets/", false);
        assertEquals("""
                FAILED snippets/b/Broken.java:3: does not compile (line 3): cannot find symbol
                    snippets/b/Broken.java:3:9: cannot find symbol
                    snippets/b/Broken.java:5:1: cannot find x
                SKIPPED snippets/c/New.java:1: it needs Java 21
                1 verified, 1 failed, 1 skipped
                """, s.replace(System.lineSeparator(), "\n"));
        assertTrue(ConsoleSummary.render(REPORT, "", true).contains("SKIPPED (fails under --strict) c/New.java:1:"));
    }

    @Test
    void junitXmlHasOneTestCasePerSnippetAndSurvivesHostileOutput(@TempDir Path dir) throws Exception {
        Path file = JUnitXmlReport.write(REPORT, dir);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element suite = doc.getDocumentElement();
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals(3, doc.getElementsByTagName("testcase").getLength());
        assertEquals("does not compile (line 3): cannot find symbol",
                ((Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"));
        String out = doc.getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals("<script>alert(1)</script>\\u0000\\u001b[31m\n", out);
    }

    @Test
    void junitXmlIsWrittenEvenBesideALeftoverTempFile(@TempDir Path dir) throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("TEST-notebake.snippets.xml.tmp")); // cannot be overwritten
        Path file = JUnitXmlReport.write(REPORT, dir);
        assertTrue(java.nio.file.Files.readString(file).contains("<testsuite"));
    }

    @Test
    void aFailedJunitXmlWriteLeavesNoTempFile(@TempDir Path dir) throws Exception {
        // a non-empty folder where the report goes: the final move fails
        java.nio.file.Files.createDirectories(dir.resolve("TEST-notebake.snippets.xml").resolve("x"));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> JUnitXmlReport.write(REPORT, dir));
        try (var left = java.nio.file.Files.list(dir)) {
            assertEquals(List.of("TEST-notebake.snippets.xml"), left.map(p -> p.getFileName().toString()).toList());
        }
    }
}
