package notebake.cli;

import notebake.TestSites;
import notebake.verify.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `build` as its own process prints its one summary line and nothing from the libraries it embeds. */
class BuildOutputProcessTest {

    @Test
    void aBuildPrintsOnlyItsSummary(@TempDir Path dir) throws Exception {
        TestSites site = new TestSites(dir).note("basics/a.md", "A", "basics", 1, "Text.\n");
        ResultsFile.write(site.report(), dir.resolve("target/notebake/results.json"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("build.log");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--source", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        assertEquals(1, lines.size(), "only the summary, no OrientDB or JBake log lines:\n" + String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("Built "), lines.get(0));
        assertTrue(lines.get(0).contains(" pages (1 note) into "), "singular: " + lines.get(0));
    }

    /** Outside Maven (which sets LC_ALL=C.UTF-8) a POSIX locale cannot name a Chinese snippet file: say so. */
    @Test
    void aNonAsciiSnippetNameUnderAPosixLocaleNamesTheLocaleNotADeletedFile(@TempDir Path dir) throws Exception {
        TestSites site = new TestSites(dir)
                .note("basics/a.md", "A", "basics", 1, "Text.\n\n```snippet demo/\u4f60\u597d.java\n```\n")
                .verified("demo/\u4f60\u597d.java", "class X {}\n", "hi\n", "", 0);
        ResultsFile.write(site.report(), dir.resolve("target/notebake/results.json"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("build.log");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", "--source", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LC_ALL", "POSIX");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(ExitCode.BUILD_PROBLEMS.code(), p.exitValue(), out);
        assertTrue(out.contains("cannot be read: the file name cannot be represented in this JVM's file-name "
                + "encoding"), out);
        assertTrue(out.contains("build with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"), out);
        assertFalse(out.contains("deleted or moved"), out);
    }
}
