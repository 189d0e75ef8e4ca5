package notebake.cli;

import notebake.TestSites;
import notebake.verify.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+C during `build` or serve's first build: one clear line, no stack trace, the previous site intact, no staging folder left. */
class InterruptedBuildTest {

    @Test
    void ctrlCDuringABuildStopsItCleanly(@TempDir Path dir) throws Exception {
        TestSites site = new TestSites(dir);
        StringBuilder body = new StringBuilder("## Part\n\n```snippet demo/Hello.java\n```\n\n");
        for (int i = 0; i < 40; i++) {
            body.append("### Heading ").append(i).append("\n\nSome text about [the first](n1.md) note.\n\n");
        }
        for (int i = 1; i <= 600; i++) {
            site.note("basics/n" + i + ".md", "Note " + i, "basics", i, body.toString());
        }
        site.write("snippets/demo/Hello.java", "public class Hello {}\n")
                .verified("demo/Hello.java", "public class Hello {}\n", "hi\n", "", 0);
        ResultsFile.write(site.report(), dir.resolve("target/notebake/results.json"));
        Path previous = dir.resolve("target/site/index.html");
        Files.createDirectories(previous.getParent());
        Files.writeString(previous, "the previous site");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("build.log");
        Process build = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "build", dir.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (staging(dir).isEmpty() && build.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(build.isAlive(), () -> "the build ended before it could be interrupted: " + read(log));
            Thread.sleep(150); // into the bake
            new ProcessBuilder("kill", "-INT", String.valueOf(build.pid())).start().waitFor();
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), () -> "Ctrl+C did not stop the build: " + read(log));
            String out = read(log);
            assertEquals(130, build.exitValue(), out);
            assertTrue(out.contains("interrupted; the previous site is intact"), out);
            assertFalse(out.contains("Exception"), out);
            assertFalse(out.contains("\tat "), out);
            assertFalse(out.contains("Built "), out);
            assertEquals("the previous site", Files.readString(previous), "target/site is untouched");
            assertEquals(List.of(), staging(dir), "the staging folder is removed");
        } finally {
            build.destroyForcibly();
        }
    }

    @Test
    void ctrlCDuringServesFirstBuildStopsItCleanly(@TempDir Path dir) throws Exception {
        TestSites site = new TestSites(dir);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            body.append("### Heading ").append(i).append("\n\nSome text about [the first](n1.md) note.\n\n");
        }
        for (int i = 1; i <= 600; i++) {
            site.note("basics/n" + i + ".md", "Note " + i, "basics", i, body.toString());
        }
        Files.createDirectories(dir.resolve("snippets"));
        Path previous = dir.resolve("target/site/index.html");
        Files.createDirectories(previous.getParent());
        Files.writeString(previous, "the previous site");

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = dir.resolve("serve.log");
        Process serve = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--source", dir.toString(), "--port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (staging(dir).isEmpty() && serve.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(serve.isAlive(), () -> "serve ended before it could be interrupted: " + read(log));
            assertFalse(read(log).contains("Previewing"), () -> "the first build ended too soon: " + read(log));
            Thread.sleep(150);
            new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), () -> "Ctrl+C did not stop serve: " + read(log));
            String out = read(log);
            assertEquals(130, serve.exitValue(), out);
            assertTrue(out.contains("interrupted; the previous site is intact"), out);
            assertFalse(out.contains("Exception"), out);
            assertFalse(out.contains("\tat "), out);
            assertEquals("the previous site", Files.readString(previous), "target/site is untouched");
            assertEquals(List.of(), staging(dir), "the staging folder is removed");
        } finally {
            serve.destroyForcibly();
        }
    }

    private static List<Path> staging(Path dir) {
        Path target = dir.resolve("target");
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(target)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".site.new-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
