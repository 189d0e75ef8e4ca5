package notebake.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failure paths of {@code notebake serve}: clear messages and exit codes, never a stack trace. */
class ServeCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void helpDescribesTheLivePreview() {
        assertEquals(ExitCode.OK.code(), run("serve", "--help"));
        assertTrue(out.toString().contains("--port"), out.toString());
        assertTrue(out.toString().contains("127.0.0.1"), out.toString());
        assertEquals(ExitCode.OK.code(), run("--help"));
        assertTrue(out.toString().contains("serve"));
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertEquals(ExitCode.USAGE_ERROR.code(), run("serve", "--port", "70000"));
        assertTrue(err.toString().contains("--port must be between 0 and 65535"), err.toString());
        assertEquals(ExitCode.USAGE_ERROR.code(), run("serve", "--port", "http"));
    }

    @Test
    void aMissingSourceFolderIsAnInputError(@TempDir Path dir) {
        assertEquals(ExitCode.INPUT_ERROR.code(), run("serve", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("nope does not exist"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aPortInUseIsAnInputErrorNamingTheWayOut(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/sections.yml"), "- key: a\n  title: A\n");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("serve", dir.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(ExitCode.INPUT_ERROR.code(), code, err.toString());
            assertTrue(err.toString().contains("is in use"), err.toString());
            assertTrue(err.toString().contains("--port"), err.toString());
        }
    }
}
