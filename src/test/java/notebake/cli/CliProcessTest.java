package notebake.cli;

import notebake.verify.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CLI as a separate process: stopping it, and running it without a UTF-8 locale. */
class CliProcessTest {

    @Test
    void withoutAUtf8LocaleANonAsciiFileNameFailsWithTheFixAndTheOthersStillVerify(@TempDir Path source)
            throws Exception {
        Fixtures.sourceWith(source, "chinese", "html");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "verify", "--source", source.toString(), "--no-jdk-discovery")
                .redirectErrorStream(true).redirectOutput(source.resolve("verifier.log").toFile());
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LANG");
        pb.environment().remove("LC_CTYPE");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String log = read(source.resolve("verifier.log"));
        org.junit.jupiter.api.Assumptions.assumeFalse(log.contains("2 verified, 0 failed"),
                "this JDK decodes file names as UTF-8 even without a locale");
        assertEquals(ExitCode.SNIPPETS_FAILED.code(), p.exitValue(), log);
        assertTrue(log.contains("run the verifier with a UTF-8 locale, e.g. LC_ALL=C.UTF-8"), log);
        assertTrue(log.contains("1 verified, 1 failed, 0 skipped"), log);
    }

    @Test
    void stoppingTheVerifierKillsRunningSnippets(@TempDir Path source) throws Exception {
        Path dir = Files.createDirectories(source.resolve("snippets/spin"));
        Files.writeString(dir.resolve("SpinUntilKilled4711.java"), """
                // notebake: timeout=120s
                public class SpinUntilKilled4711 {
                    public static void main(String[] args) {
                        while (true) {
                            Thread.onSpinWait();
                        }
                    }
                }
                """);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process verifier = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "verify", "--source", source.toString())
                .redirectErrorStream(true).redirectOutput(source.resolve("verifier.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (Fixtures.processesMentioning("SpinUntilKilled4711").isEmpty() && System.nanoTime() < deadline) {
                assertTrue(verifier.isAlive(), () -> "verifier ended early: " + read(source.resolve("verifier.log")));
                Thread.sleep(100);
            }
            assertFalse(Fixtures.processesMentioning("SpinUntilKilled4711").isEmpty(), "the snippet never started");
            verifier.destroy(); // SIGTERM, like Ctrl-C
            assertTrue(verifier.waitFor(30, TimeUnit.SECONDS), "the verifier did not stop");
            deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!Fixtures.processesMentioning("SpinUntilKilled4711").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(List.of(), Fixtures.processesMentioning("SpinUntilKilled4711"));
            // a glob that matches nothing (an error since it would pass CI silently) still cleans up
            assertEquals(ExitCode.USAGE_ERROR.code(), Main.commandLine(new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(new java.io.StringWriter())).execute("verify", "--source", source.toString(),
                    "--only", "nothing"));
            assertFalse(Files.exists(source.resolve("target/notebake/tmp")), "the killed run's folder is cleaned up");
        } finally {
            verifier.destroyForcibly();
            Fixtures.processesMentioning("SpinUntilKilled4711").forEach(p ->
                    ProcessHandle.of(Long.parseLong(p.substring(0, p.indexOf(' ')))).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "(no log)";
        }
    }
}
