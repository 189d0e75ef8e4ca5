package notebake.cli;

import notebake.Notebake;

import java.io.PrintWriter;

/**
 * Entry point for running inside another JVM that must not be exited (Maven's exec:java in {@code mvn site}):
 * runs the command, stops JBake's database threads, and fails with a one-line message instead of exiting.
 */
public final class InProcessMain {

    private InProcessMain() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = Main.commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
        } finally {
            Notebake.shutdown();
        }
        if (code != ExitCode.OK.code()) {
            throw new IllegalStateException("notebake " + String.join(" ", args) + " failed with exit code " + code
                    + " (the problems are listed above)");
        }
    }
}
