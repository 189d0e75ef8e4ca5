package notebake.snippet;

import java.time.Duration;
import java.util.List;

/**
 * The options of one snippet, from its {@code // notebake:} header (see content/guide/authoring.md). Immutable.
 *
 * @param timeout          wall-clock limit, or {@code null} for the configured default
 * @param args             program arguments
 * @param stdin            text fed to standard input, or {@code null} to close stdin at once
 * @param exit             expected exit code
 * @param exception        expected uncaught exception class name, or {@code null}
 * @param compileError     whether javac must reject the file
 * @param compileErrorKey  expected javac diagnostic key, or {@code null} for any error
 * @param release          minimum Java release
 * @param unordered        compare output as a sorted set of lines
 * @param masks            named masks (pid, thread-id, hash, timestamp, duration, port)
 * @param maskRegexes      extra regular-expression masks
 * @param jvmFlags         extra JVM flags for the run
 * @param exclusive        run while no other snippet runs (for snippets that measure time or use every core)
 */
public record SnippetOptions(
        Duration timeout,
        List<String> args,
        String stdin,
        int exit,
        String exception,
        boolean compileError,
        String compileErrorKey,
        int release,
        boolean unordered,
        List<String> masks,
        List<String> maskRegexes,
        List<String> jvmFlags,
        boolean exclusive) {

    /** The release snippets need unless they say otherwise. */
    public static final int DEFAULT_RELEASE = 17;

    public static final SnippetOptions DEFAULTS = new SnippetOptions(null, List.of(), null, 0, null, false, null,
            DEFAULT_RELEASE, false, List.of(), List.of(), List.of(), false);

    public SnippetOptions {
        args = List.copyOf(args);
        masks = List.copyOf(masks);
        maskRegexes = List.copyOf(maskRegexes);
        jvmFlags = List.copyOf(jvmFlags);
    }

    /** A stable text form of every option, for cache keys. */
    public String canonical() {
        return "timeout=" + timeout + "|args=" + args + "|stdin=" + stdin + "|exit=" + exit + "|exception=" + exception
                + "|compileError=" + compileError + "|key=" + compileErrorKey + "|release=" + release
                + "|unordered=" + unordered + "|masks=" + masks + "|regex=" + maskRegexes + "|jvm=" + jvmFlags
                + "|exclusive=" + exclusive;
    }
}
