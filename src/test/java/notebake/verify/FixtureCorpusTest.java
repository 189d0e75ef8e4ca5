package notebake.verify;

import notebake.config.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Verifies the whole corpus of hostile snippets once (src/test/resources/fixtures/corpus), then checks that
 * each case got the right status and a clear message, and that the verifier leaked nothing.
 */
class FixtureCorpusTest {

    @TempDir
    static Path source;
    static Config config;
    static VerificationReport report;
    static Map<String, String> before;
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void verifyCorpus() {
        config = Fixtures.sourceWith(source);
        before = Fixtures.snapshot(source);
        report = Verifier.verify(config, VerifyOptions.defaults().withLog(log::add));
    }

    static SnippetResult result(String path) {
        return report.find(path).orElseThrow(() -> new AssertionError("no result for " + path + " in "
                + report.snippets().stream().map(SnippetResult::path).toList()));
    }

    static void assertStatus(Status status, SnippetResult r) {
        assertEquals(status, r.status(), () -> r.path() + ": " + r.reason() + "\nstdout: " + r.stdout()
                + "\nstderr: " + r.stderr());
    }

    static void assertReason(SnippetResult r, String... parts) {
        for (String p : parts) {
            assertTrue(r.reason() != null && r.reason().contains(p), () -> r.path() + ": reason lacks [" + p + "]: "
                    + r.reason());
        }
    }

    @Test
    void everyFileHasAResult() {
        assertEquals(28, report.snippets().size(), report.snippets().stream().map(SnippetResult::path).toList()::toString);
    }

    @Test
    void compileErrorIsReportedAgainstItsFileAndTheNeighbourStillRuns() {
        SnippetResult broken = result("compile-error/Broken.java");
        assertStatus(Status.FAILED, broken);
        assertReason(broken, "does not compile (line 3)", "incompatible types");
        Diagnostic d = broken.diagnostics().get(0);
        assertEquals("compile-error/Broken.java", d.file());
        assertEquals(3, d.line());
        assertEquals("compiler.err.prob.found.req", d.code());
        assertTrue(d.located().startsWith("compile-error/Broken.java:3:"), d.located());
        SnippetResult neighbour = result("compile-error/Neighbour.java");
        assertStatus(Status.VERIFIED, neighbour);
        assertEquals("neighbour ran\n", neighbour.stdout());
    }

    @Test
    void uncaughtException() {
        SnippetResult r = result("uncaught/Uncaught.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "uncaught java.lang.IllegalStateException: boom", "exception=java.lang.IllegalStateException");
        assertEquals(1, r.exitCode());
        assertEquals("before\n", r.stdout());
        assertTrue(r.stderr().contains("at Uncaught.main"), r.stderr());
    }

    @Test
    void expectedException() {
        assertStatus(Status.VERIFIED, result("expected-exception/ExpectedException.java"));
    }

    @Test
    void exitCodes() {
        SnippetResult three = result("exit-code/ExitThree.java");
        assertStatus(Status.FAILED, three);
        assertReason(three, "exited with 3, expected 0", "exit=3");
        assertEquals(3, three.exitCode());
        SnippetResult expected = result("exit-expected/ExitExpected.java");
        assertStatus(Status.VERIFIED, expected);
        assertEquals(3, expected.exitCode());
    }

    @Test
    void infiniteLoopTimesOutWithAThreadDump() {
        SnippetResult r = result("infinite-loop/Spin.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "timed out after 1s", "killed", "\"main\" (RUNNABLE)");
        assertNull(r.exitCode());
        assertNotNull(r.threadDump());
        assertTrue(r.threadDump().contains("Spin.main"), r.threadDump());
        assertEquals(r, ResultsFile.read(config.resultsFile()).find(r.path()).orElseThrow(), "results file round trip");
        assertTrue(r.millis() >= 1000 && r.millis() < 10_000, "millis " + r.millis());
    }

    @Test
    void deadlockNamesTheWaitingThreads() {
        SnippetResult r = result("deadlock/Deadlock.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "timed out after 1500ms", "Java-level deadlock", "\"left\" waiting to lock",
                "\"right\" waiting to lock");
        assertTrue(r.threadDump().contains("Found one Java-level deadlock"), r.threadDump());
    }

    @Test
    void outputFloodIsCappedAndKilled() {
        SnippetResult r = result("flood/Flood.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "output flood", "64 KiB");
        assertTrue(r.stdoutTruncated());
        int bytes = r.stdout().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= SnippetRunner.OUTPUT_CAP && bytes > SnippetRunner.OUTPUT_CAP - 100, "bytes " + bytes);
        assertTrue(r.millis() < 15_000, "a flood is killed at once, not at its 30s timeout: " + r.millis());
    }

    @Test
    void stdinGivenOrClosed() {
        SnippetResult given = result("stdin/ReadsStdin.java");
        assertStatus(Status.VERIFIED, given);
        assertEquals("HELLO\nWORLD\n", given.stdout());
        SnippetResult closed = result("stdin-closed/ReadsClosedStdin.java");
        assertStatus(Status.VERIFIED, closed);
        assertEquals("stdin is closed\n", closed.stdout());
    }

    @Test
    void outOfMemory() {
        SnippetResult r = result("oom/Hog.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "uncaught java.lang.OutOfMemoryError", "heap is capped at 128m");
    }

    @Test
    void childProcessThatWouldOutliveTheSnippetIsKilled() {
        assertStatus(Status.VERIFIED, result("orphan/Spawner.java"));
        assertEquals(List.of(), Fixtures.processesMentioning("sleep 4242"));
        assertEquals(0, ProcessHandle.current().descendants().count(), "the verifier left child processes");
    }

    @Test
    void filesWrittenBySnippetsStayInTheirWorkingDirectory() throws Exception {
        SnippetResult r = result("writes-files/WritesFile.java");
        assertStatus(Status.VERIFIED, r);
        assertEquals("written by a snippet\ncwd is user.dir: true\n", r.stdout());
        try (Stream<Path> s = Files.walk(source)) {
            List<Path> strays = s.filter(p -> p.getFileName().toString().endsWith("note.txt")).toList();
            assertEquals(List.of(), strays);
        }
        assertFalse(Files.exists(Path.of("note.txt")));
        assertFalse(Files.exists(Path.of(System.getProperty("user.home"), "home-note.txt")));
        assertFalse(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "temp-note.txt")));
    }

    @Test
    void nothingWrittenOutsideTargetAndTheRunFolderIsGone() {
        assertEquals(before, Fixtures.snapshot(source));
        assertTrue(Files.isRegularFile(config.resultsFile()));
        assertFalse(Files.exists(config.workDir().resolve("tmp")), "run folders are deleted");
    }

    @Test
    void htmlIsKeptVerbatim() {
        SnippetResult r = result("html/PrintsHtml.java");
        assertStatus(Status.VERIFIED, r);
        assertEquals("<script>alert('x')</script>\n<b>bold</b> & <i>&amp;</i> \"quoted\"\n", r.stdout());
        VerificationReport read = ResultsFile.read(config.resultsFile());
        assertEquals(r.stdout(), read.find("html/PrintsHtml.java").orElseThrow().stdout());
    }

    @Test
    void chineseFileNameAndOutput() {
        SnippetResult r = result("chinese/中文输出.java");
        assertStatus(Status.VERIFIED, r);
        assertEquals("你好，世界\n闭包 = closure\n", r.stdout());
    }

    @Test
    void missingHelperClass() {
        SnippetResult r = result("missing-helper/UsesMissing.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "does not compile (line 3)", "cannot find symbol", "Helper");
    }

    @Test
    void packagesAndHelpersCompileTogether() {
        SnippetResult app = result("packaged/demo/app/App.java");
        assertStatus(Status.VERIFIED, app);
        assertEquals(SnippetKind.RUNNABLE, app.kind());
        assertEquals("hello, packages\n", app.stdout());
        assertEquals("System.out.println(Greeter.greet(\"packages\"));\n", app.region("greet").orElseThrow().code());
        SnippetResult helper = result("packaged/demo/util/Greeter.java");
        assertStatus(Status.VERIFIED, helper);
        assertEquals(SnippetKind.HELPER, helper.kind());
    }

    @Test
    void release21RunsOnANewerInstalledJdk() {
        SnippetResult r = result("release21/Virtual.java");
        boolean newer = JdkDiscovery.find(List.of(), true).stream().anyMatch(j -> j.feature() >= 21);
        if (newer) {
            assertStatus(Status.VERIFIED, r);
            assertEquals("virtual: true\n", r.stdout());
            assertTrue(Runtime.Version.parse(r.jdk()).feature() >= 21, r.jdk());
        } else {
            assertStatus(Status.SKIPPED, r);
            assertReason(r, "needs Java 21");
        }
    }

    @Test
    void expectedCompileErrorShowsTheCompilerMessage() {
        SnippetResult r = result("compile-error-expected/Rejected.java");
        assertStatus(Status.VERIFIED, r);
        assertTrue(r.stdout().contains("cannot find symbol"), r.stdout());
        assertTrue(r.stdout().startsWith("compile-error-expected/Rejected.java:4: error:"), r.stdout());
        SnippetResult wrong = result("compile-error-wrong-key/WrongKey.java");
        assertStatus(Status.FAILED, wrong);
        assertReason(wrong, "expected compile error compiler.err.varargs.must.be.last",
                "javac reported compiler.err.prob.found.req");
    }

    @Test
    void badOptionsAreReportedWithTheirLines() {
        SnippetResult r = result("bad-options/BadOption.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "line 1: unknown option `timout` (did you mean `timeout`?)", "line 2: exit=lots");
        assertEquals(List.of(1L, 2L), r.diagnostics().stream().map(Diagnostic::line).toList());
        assertFalse(Files.exists(source.resolve("snippets/bad-options/BadOption.out")));
    }

    @Test
    void goldenMismatchShowsADiff() {
        SnippetResult r = result("golden-mismatch/Mismatch.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "stdout differs from Mismatch.out", "-2", "+two", "--update");
    }

    @Test
    void masksAndUnorderedOutput() {
        SnippetResult masked = result("masks/Masked.java");
        assertStatus(Status.VERIFIED, masked);
        assertTrue(masked.stdout().matches("(?s)object: java.lang.Object@[0-9a-f]+\ntook \\d+ µs\n"), masked.stdout());
        assertStatus(Status.VERIFIED, result("unordered/Unordered.java"));
    }

    @Test
    void missingGoldenFileFailsWithTheFix() {
        SnippetResult r = result("flaky/Flaky.java");
        assertStatus(Status.FAILED, r);
        assertReason(r, "no golden file Flaky.out", "--update");
    }

    @Test
    void regionsAndArgs() {
        SnippetResult r = result("regions/Regions.java");
        assertStatus(Status.VERIFIED, r);
        assertEquals("arg: one\narg: two words\n", r.stdout());
        assertFalse(r.code().contains("@start") || r.code().contains("@end") || r.code().contains("notebake:"), r.code());
        ShownRegion inner = r.region("inner").orElseThrow();
        assertEquals("System.out.println(\"arg: \" + a);\n", inner.code());
        assertEquals(7, inner.startLine());
        assertEquals("for (String a : args) {\n    System.out.println(\"arg: \" + a);\n}\n",
                r.region("outer").orElseThrow().code());
    }

    @Test
    void everyRunRecordsJdkAndTime() {
        for (SnippetResult r : report.snippets()) {
            if (r.status() != Status.SKIPPED) {
                assertNotNull(r.jdk(), r.path());
            }
        }
        assertTrue(result("html/PrintsHtml.java").millis() > 0);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("compiled ")), log::toString);
    }
}
