package notebake.verify;

import notebake.snippet.Snippet;
import notebake.snippet.SnippetScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunVerdictTest {

    private static Snippet hello(Path root) throws Exception {
        Path file = root.resolve("Hello.java");
        Files.writeString(file, "public class Hello { public static void main(String[] a) { System.out.println(1); } }\n");
        return SnippetScanner.read(root, file);
    }

    @Test
    void aCleanRunHasNoFailure(@TempDir Path root) throws Exception {
        RunResult run = new RunResult("1\n", false, "", false, 0, 50, false, null, false);
        assertNull(RunVerdict.failure(hello(root), run, Duration.ofSeconds(5), "64m"));
    }

    @Test
    void partialOutputIsNeverCompared(@TempDir Path root) throws Exception {
        RunResult run = new RunResult("1\n", false, "", false, 0, 50, false, null, true);
        String why = RunVerdict.failure(hello(root), run, Duration.ofSeconds(5), "64m");
        assertNotNull(why);
        assertTrue(why.contains("partial"), why);
    }

    @Test
    void jvmFlagsTheLauncherRefusesAreNamedNotAnExitCodeToExpect(@TempDir Path root) throws Exception {
        Path file = root.resolve("Flags.java");
        Files.writeString(file, "// notebake: jvm=\"-XX:+NoSuchFlag\"\n"
                + "public class Flags { public static void main(String[] a) { } }\n");
        Snippet s = SnippetScanner.read(root, file);
        RunResult run = new RunResult("", false, "Unrecognized VM option 'NoSuchFlag'\nError: Could not create the Java "
                + "Virtual Machine.\nError: A fatal exception has occurred. Program will exit.\n", false, 1, 50, false,
                null, false);
        String why = RunVerdict.failure(s, run, Duration.ofSeconds(5), "64m");
        org.junit.jupiter.api.Assertions.assertEquals("the JVM did not start: Unrecognized VM option 'NoSuchFlag'; "
                + "check the jvm= flags -XX:+NoSuchFlag", why);
    }
}
