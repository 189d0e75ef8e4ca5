package notebake.verify;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one compiled snippet in its own JVM, isolated from the build and from other snippets: its own
 * working directory (also its {@code user.home} and temp folder), stdin closed or given, a capped heap, a
 * fixed locale, time zone and charset, a timeout after which a thread dump is taken and the whole process
 * tree is killed, and output capped at {@link #OUTPUT_CAP} bytes per stream (marked truncated; a flood
 * kills the run at once). On Linux the JVM starts in its own session (via {@code setsid}), so every process
 * it spawns, even one that outlives it, is killed with its process group. Stateless and thread-safe.
 */
public final class SnippetRunner {

    /** Bytes kept of stdout and of stderr. */
    public static final int OUTPUT_CAP = 64 * 1024;

    /** JVM flags every run gets (before the snippet's own {@code jvm=} flags, which may override them). */
    public static final List<String> FIXED_FLAGS = List.of(
            "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-XX:-UsePerfData",
            "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
            "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8");

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    /**
     * Runs in progress. Snippets run in their own session, so a Ctrl-C aimed at the verifier does not reach
     * them: a shutdown hook kills whatever is still running when the verifier's JVM exits.
     */
    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(SnippetRunner::killTree),
                "notebake-kill-snippets"));
    }
    private static final Path KILL = Path.of("/bin/kill");

    private SnippetRunner() {
    }

    /**
     * What to run.
     *
     * @param jdk       the JDK whose {@code java} runs it
     * @param classpath the folder with the compiled classes of its group
     * @param mainClass binary name of the class to launch
     * @param args      program arguments
     * @param stdin     text for standard input, or {@code null} to close it at once
     * @param timeout   wall-clock limit
     * @param jvmFlags  extra JVM flags
     * @param workDir   an empty folder that becomes its working directory
     */
    public record Launch(Jdk jdk, Path classpath, String mainClass, List<String> args, String stdin,
                         Duration timeout, List<String> jvmFlags, Path workDir) {
    }

    /** The full command line of a launch, for the cache key and for messages. */
    public static List<String> command(Launch l) {
        List<String> cmd = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            cmd.add(SETSID.toString());
        }
        cmd.add(l.jdk().java().toString());
        cmd.addAll(FIXED_FLAGS);
        cmd.add("-Djava.io.tmpdir=" + l.workDir().resolve("tmp"));
        cmd.add("-Duser.home=" + l.workDir());
        cmd.addAll(l.jvmFlags());
        cmd.add("-cp");
        cmd.add(l.classpath().toString());
        cmd.add(l.mainClass());
        cmd.addAll(l.args());
        return cmd;
    }

    public static RunResult run(Launch l) {
        try {
            Files.createDirectories(l.workDir().resolve("tmp"));
            ProcessBuilder pb = new ProcessBuilder(command(l)).directory(l.workDir().toFile());
            Map<String, String> env = pb.environment();
            String path = System.getenv("PATH");
            env.clear();
            env.put("PATH", path == null ? "/usr/bin:/bin" : path);
            env.put("LANG", "C.UTF-8");
            env.put("LC_ALL", "C.UTF-8");
            env.put("TZ", "UTC");
            env.put("HOME", l.workDir().toString());
            env.put("TMPDIR", l.workDir().resolve("tmp").toString());
            env.put("JAVA_HOME", l.jdk().home().toString());
            long start = System.nanoTime();
            Process p = pb.start();
            LIVE.add(p);
            try {
                return await(l, p, start);
            } finally {
                LIVE.remove(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + l.jdk().java() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + l.mainClass(), e);
        }
    }

    /** How long to wait for the output threads after the process tree is gone. */
    static final long CAPTURE_GRACE_MILLIS = 15_000;

    private static RunResult await(Launch l, Process p, long start) throws InterruptedException {
        AtomicBoolean flooded = new AtomicBoolean();
        Runnable flood = () -> {
            flooded.set(true);
            killTree(p);
        };
        BoundedCapture out = new BoundedCapture(p.getInputStream(), OUTPUT_CAP, flood, "snippet-stdout-" + p.pid());
        BoundedCapture err = new BoundedCapture(p.getErrorStream(), OUTPUT_CAP, flood, "snippet-stderr-" + p.pid());
        feed(p, l.stdin());
        boolean finished = p.waitFor(l.timeout().toMillis(), TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        String dump = null;
        if (!finished) {
            dump = threadDump(l.jdk(), p, out);
        }
        killTree(p);
        p.waitFor(5, TimeUnit.SECONDS);
        if (finished) {
            millis = (System.nanoTime() - start) / 1_000_000;
        }
        // Every writer is dead now, so both streams end as soon as the capture threads drain them; on a loaded
        // machine that can take a while. Only a process that escaped the tree can keep a pipe open past this.
        boolean incomplete = false;
        if (!out.await(CAPTURE_GRACE_MILLIS)) {
            out.abandon();
            incomplete = true;
        }
        if (!err.await(CAPTURE_GRACE_MILLIS)) {
            err.abandon();
            incomplete = true;
        }
        Integer exit = finished && !flooded.get() ? p.exitValue() : null;
        return new RunResult(out.text(), out.truncated(), err.text(), err.truncated(), exit, millis,
                !finished && !flooded.get(), dump, incomplete);
    }

    private static void feed(Process p, String stdin) {
        // a snippet that exits without reading its input closes the pipe: that is not an error
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the snippet did not read all its input
        }
    }

    /**
     * Kills the process, everything it started that we can still see, and its process group. Goes through
     * {@link ProcessHandle}, because {@link Process#destroyForcibly()} also closes the output pipes, losing
     * output the capture threads have not read yet.
     */
    static void killTree(Process p) {
        List<ProcessHandle> family = new ArrayList<>();
        p.descendants().forEach(family::add);
        p.toHandle().destroyForcibly();
        family.forEach(ProcessHandle::destroyForcibly);
        if (Files.isExecutable(SETSID) && Files.isExecutable(KILL)) {
            try {
                Process k = new ProcessBuilder(KILL.toString(), "-KILL", "--", "-" + p.pid())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                k.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                // best effort: the descendants above were already killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A thread dump of a live JVM: {@code jstack -l} of the same JDK, else SIGQUIT into its own stdout. */
    private static String threadDump(Jdk jdk, Process p, BoundedCapture out) throws InterruptedException {
        Path jstack = jdk.tool("jstack");
        if (Files.isExecutable(jstack)) {
            try {
                Process j = new ProcessBuilder(jstack.toString(), "-l", Long.toString(p.pid()))
                        .redirectErrorStream(true).start();
                j.getOutputStream().close();
                BoundedCapture dump = new BoundedCapture(j.getInputStream(), OUTPUT_CAP, () -> { }, "jstack");
                if (j.waitFor(10, TimeUnit.SECONDS) && j.exitValue() == 0 && dump.await(2000)) {
                    String text = dump.text();
                    if (text.contains("Full thread dump")) {
                        return text.substring(text.indexOf("Full thread dump")).strip();
                    }
                }
                j.destroyForcibly();
            } catch (IOException e) {
                // fall back to SIGQUIT below
            }
        }
        if (Files.isExecutable(KILL)) {
            try {
                new ProcessBuilder(KILL.toString(), "-QUIT", Long.toString(p.pid())).start().waitFor(5, TimeUnit.SECONDS);
                Thread.sleep(500);
                String text = out.text();
                int at = text.lastIndexOf("Full thread dump");
                if (at >= 0) {
                    return text.substring(at).strip();
                }
            } catch (IOException e) {
                // no dump possible
            }
        }
        return "(no thread dump: neither " + jstack + " nor SIGQUIT worked)";
    }
}
