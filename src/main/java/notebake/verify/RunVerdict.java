package notebake.verify;

import notebake.snippet.Snippet;
import notebake.snippet.SnippetOptions;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges the runs of one snippet against its expectations: timeout, output flood, exit code, expected or
 * uncaught exception, golden files (or writes them under {@code --update}), and sameness across
 * {@code --repeat} runs. Stateless.
 */
final class RunVerdict {

    private static final Pattern UNCAUGHT = Pattern.compile(
            "^Exception in thread \"main\" ([\\p{L}_$][\\p{L}\\p{N}_$.]*)(?::\\s?(.*))?$", Pattern.MULTILINE);

    /** A Java thread's header line in a thread dump (VM-internal threads have no {@code #number}). */
    private static final Pattern JAVA_THREAD = Pattern.compile("^\"([^\"]+)\" #\\d+.*");

    private RunVerdict() {
    }

    /** The verdict: {@code reason == null} means it passed. */
    record Verdict(String reason, boolean flaky) {
    }

    static Verdict judge(Snippet s, List<RunResult> runs, Duration timeout, boolean update, String heap) {
        RunResult run = runs.get(0);
        String why = failure(s, run, timeout, heap);
        if (why != null) {
            return new Verdict(why, false);
        }
        SnippetOptions o = s.options();
        for (int i = 1; i < runs.size(); i++) {
            RunResult other = runs.get(i);
            String otherWhy = failure(s, other, timeout, heap);
            if (otherWhy != null) {
                return new Verdict("flaky: run " + (i + 1) + " of " + runs.size() + " failed where run 1 passed: "
                        + otherWhy, true);
            }
            String d = GoldenFiles.diff("stdout", OutputMasks.comparable(run.stdout(), o),
                    OutputMasks.comparable(other.stdout(), o));
            String e = GoldenFiles.diff("stderr", OutputMasks.comparable(run.stderr(), o),
                    OutputMasks.comparable(other.stderr(), o));
            if (d != null || e != null) {
                return new Verdict("flaky: run " + (i + 1) + " of " + runs.size() + " printed different (masked) "
                        + "output than run 1; make the output deterministic or add masks / output=unordered\n"
                        + (d == null ? "" : d) + (e == null ? "" : e), true);
            }
        }
        String outName = GoldenFiles.outFile(s).getFileName().toString();
        String errName = GoldenFiles.errFile(s).getFileName().toString();
        String maskedOut = OutputMasks.mask(run.stdout(), o);
        String maskedErr = OutputMasks.mask(run.stderr(), o);
        if (update) {
            GoldenFiles.write(GoldenFiles.outFile(s), maskedOut);
            GoldenFiles.write(GoldenFiles.errFile(s), maskedErr.isEmpty() ? null : maskedErr);
            return new Verdict(null, false);
        }
        var goldenOut = GoldenFiles.read(GoldenFiles.outFile(s));
        if (goldenOut.isEmpty()) {
            return new Verdict("no golden file " + outName + " yet; check the output and accept it with "
                    + "verify --update (Maven: mvn site -Dnotebake.update=true); " + preview(run), false);
        }
        String d = GoldenFiles.diff(outName, OutputMasks.comparable(goldenOut.get(), o),
                OutputMasks.comparable(run.stdout(), o));
        if (d != null) {
            return new Verdict("stdout differs from " + outName + " (accept with --update if the change is "
                    + "intended):\n" + d, false);
        }
        var goldenErr = GoldenFiles.read(GoldenFiles.errFile(s));
        if (goldenErr.isEmpty() && !run.stderr().isEmpty()) {
            return new Verdict("wrote to stderr but there is no " + errName + ": " + firstLine(run.stderr())
                    + " (accept with --update if intended)", false);
        }
        if (goldenErr.isPresent()) {
            String e = GoldenFiles.diff(errName, OutputMasks.comparable(goldenErr.get(), o),
                    OutputMasks.comparable(run.stderr(), o));
            if (e != null) {
                return new Verdict("stderr differs from " + errName + " (accept with --update if the change is "
                        + "intended):\n" + e, false);
            }
        }
        return new Verdict(null, false);
    }

    /** Why a run failed regardless of golden files, or {@code null}. */
    static String failure(Snippet s, RunResult run, Duration timeout, String heap) {
        SnippetOptions o = s.options();
        if (run.timedOut()) {
            return "timed out after " + human(timeout) + "; the process tree was killed"
                    + deadlockSummary(run.threadDump()) + "; raise timeout= if it needs longer";
        }
        if (run.captureIncomplete()) {
            return "its output was still open " + SnippetRunner.CAPTURE_GRACE_MILLIS / 1000 + " s after the process "
                    + "tree was killed (a process outside the tree holds the pipe?), so the captured output is "
                    + "partial and was not compared; make sure every child process ends with the snippet";
        }
        if (run.stdoutTruncated() || run.stderrTruncated()) {
            return "output flood: " + (run.stdoutTruncated() ? "stdout" : "stderr") + " passed the "
                    + SnippetRunner.OUTPUT_CAP / 1024 + " KiB cap, so the run was killed and its output truncated; "
                    + "print less";
        }
        if (run.stderr().contains("Error: Could not create the Java Virtual Machine.")) {
            // the launcher refused the flags: the snippet never ran, so exit-code advice would mislead
            return "the JVM did not start: " + firstLine(run.stderr()) + (o.jvmFlags().isEmpty() ? ""
                    : "; check the jvm= flags " + String.join(" ", o.jvmFlags()));
        }
        Matcher m = UNCAUGHT.matcher(run.stderr());
        String uncaught = m.find() ? m.group(1) : null;
        String uncaughtText = uncaught == null ? null : firstLine(m.group(0).substring("Exception in thread \"main\" ".length()));
        if (o.exception() != null) {
            if (o.exception().equals(uncaught) && run.exitCode() != null && run.exitCode() == 1) {
                return null;
            }
            return "expected uncaught " + o.exception() + " but " + (uncaught != null ? "got " + uncaughtText
                    : "it exited with " + run.exitCode() + " and no uncaught exception");
        }
        if (run.exitCode() == null) {
            return "was killed";
        }
        if (uncaught != null && run.exitCode() != o.exit()) {
            String hint = uncaught.equals("java.lang.OutOfMemoryError")
                    ? "; the heap is capped at " + heap + ", add jvm=\"-Xmx512m\" if it needs more"
                    : "; if this is the point of the snippet, add `// notebake: exception=" + uncaught + "`";
            return "uncaught " + uncaughtText + " (exit " + run.exitCode() + ")" + hint;
        }
        if (run.exitCode() != o.exit()) {
            return "exited with " + run.exitCode() + ", expected " + o.exit()
                    + (o.exit() == 0 ? "; if intended, add `// notebake: exit=" + run.exitCode() + "`" : "")
                    + (run.stderr().isBlank() ? "" : "; stderr: " + firstLine(run.stderr()));
        }
        return null;
    }

    /** "; deadlock: "a" waits for a lock held by "b", ..." from a thread dump, or the waiting threads. */
    static String deadlockSummary(String dump) {
        if (dump == null) {
            return "";
        }
        int at = dump.indexOf("Found one Java-level deadlock");
        if (at >= 0) {
            StringBuilder b = new StringBuilder("; Java-level deadlock:");
            String[] lines = dump.substring(at).split("\n");
            String thread = null;
            int n = 0;
            for (String l : lines) {
                String t = l.strip();
                if (t.startsWith("\"") && t.endsWith(":")) {
                    thread = t.substring(0, t.length() - 1);
                } else if (thread != null && t.startsWith("waiting to lock") || thread != null && t.startsWith("which is held by")) {
                    if (t.startsWith("waiting to lock")) {
                        b.append(n++ == 0 ? " " : "; ").append(thread).append(" ").append(t);
                    } else {
                        b.append(" ").append(t);
                    }
                } else if (t.startsWith("Java stack information")) {
                    break;
                }
            }
            return b.append(" (thread dump kept)").toString();
        }
        StringBuilder waiting = new StringBuilder();
        String[] lines = dump.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = JAVA_THREAD.matcher(lines[i]);
            if (m.matches() && !lines[i].contains(" daemon ")) {
                String state = i + 1 < lines.length && lines[i + 1].strip().startsWith("java.lang.Thread.State: ")
                        ? " (" + lines[i + 1].strip().substring("java.lang.Thread.State: ".length()) + ")" : "";
                waiting.append(waiting.length() == 0 ? "" : ", ").append('"').append(m.group(1)).append('"')
                        .append(state);
            }
        }
        return waiting.length() == 0 ? "; thread dump kept" : "; live threads: " + waiting + " (thread dump kept)";
    }

    /** The first lines of what a run printed, for a person deciding whether to accept it. */
    static String preview(RunResult run) {
        StringBuilder b = new StringBuilder();
        for (String[] stream : new String[][]{{"stdout", run.stdout()}, {"stderr", run.stderr()}}) {
            if (stream[1].isEmpty()) {
                continue;
            }
            List<String> lines = stream[1].lines().toList();
            b.append(b.length() == 0 ? "" : "\n").append(stream[0]).append(lines.size() > PREVIEW_LINES
                    ? " (first " + PREVIEW_LINES + " of " + lines.size() + " lines)" : "").append(':');
            lines.stream().limit(PREVIEW_LINES).forEach(l -> b.append("\n| ").append(l));
        }
        return b.length() == 0 ? "it printed nothing" : "it printed\n" + b;
    }

    private static final int PREVIEW_LINES = 10;

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
