package notebake.cli;

import notebake.internal.BuildInterruption;
import notebake.site.SiteSwap;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl+C (SIGINT) or SIGTERM while {@code build}, or {@code serve}'s first build, runs: asks the build to stop,
 * says so in one line, silences the rest (no stack trace from libraries whose threads the JVM is stopping), waits
 * a few seconds for the build to discard its staging folder, and discards whatever is still unfinished. The
 * previous target/site is never touched. One per command run.
 */
final class BuildInterruptHook implements AutoCloseable {

    private static final long WAIT_SECONDS = 10;
    private static final AtomicBoolean ANNOUNCED = new AtomicBoolean();

    private final PrintWriter err;
    private final Thread worker = Thread.currentThread();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onShutdown, "notebake-interrupt");
    private volatile boolean done;

    private BuildInterruptHook(PrintWriter err) {
        this.err = err;
    }

    /** Watches for an interruption from now until {@link #close()}. */
    static BuildInterruptHook install(PrintWriter err) {
        BuildInterruptHook h = new BuildInterruptHook(err);
        Runtime.getRuntime().addShutdownHook(h.hook);
        return h;
    }

    /** Prints the interruption line once per JVM (the hook, or the command line's error handler, whichever is first). */
    static void announce(PrintWriter err) {
        if (ANNOUNCED.compareAndSet(false, true)) {
            err.println("error: " + BuildInterruption.MESSAGE);
            err.flush();
        }
    }

    private void onShutdown() {
        if (done) {
            return;
        }
        BuildInterruption.request();
        announce(err);
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(silent);
        System.setErr(silent);
        worker.interrupt();
        try {
            finished.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SiteSwap.discardUnfinished();
    }

    /** The build ended (either way): later signals are none of this hook's business. */
    @Override
    public void close() {
        done = true;
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }
}
