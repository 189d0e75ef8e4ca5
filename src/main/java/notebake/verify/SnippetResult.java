package notebake.verify;

import java.util.List;
import java.util.Optional;

/**
 * The real outcome of verifying one snippet file: what a page shows and what CI checks.
 *
 * @param path             path relative to the snippets root, with {@code /} separators
 * @param kind             runnable or helper
 * @param status           verified, failed or skipped
 * @param reason           why it failed or was skipped; {@code null} when verified
 * @param code             the whole file as a page may show it (no options header, no region markers)
 * @param regions          the named regions, in file order
 * @param stdout           real standard output of the run (compiler messages for compile-error snippets)
 * @param stdoutTruncated  whether stdout was cut at the output cap
 * @param stderr           real standard error of the run
 * @param stderrTruncated  whether stderr was cut at the output cap
 * @param exitCode         the process exit code; {@code null} when it did not run or was killed
 * @param millis           wall time of the run in milliseconds
 * @param jdk              version of the JDK that compiled and ran it, e.g. {@code 17.0.15}
 * @param diagnostics      compiler messages for this file
 * @param flaky            whether {@code --repeat} saw differing (masked) output between runs
 * @param threadDump       thread dump taken before a timed-out run was killed; {@code null} otherwise
 * @param sourceSha256     lower-case hex SHA-256 of the snippet file's bytes as verified, so a reader can tell
 *                         whether the file changed since; {@code null} when unknown (an unreadable file)
 */
public record SnippetResult(
        String path,
        SnippetKind kind,
        Status status,
        String reason,
        String code,
        List<ShownRegion> regions,
        String stdout,
        boolean stdoutTruncated,
        String stderr,
        boolean stderrTruncated,
        Integer exitCode,
        long millis,
        String jdk,
        List<Diagnostic> diagnostics,
        boolean flaky,
        String threadDump,
        String sourceSha256) {

    public SnippetResult {
        regions = regions == null ? List.of() : List.copyOf(regions);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        code = code == null ? "" : code; // absent from a hand-written or damaged results file
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    /** The result without the source's hash (the form before {@code sourceSha256} was added). */
    public SnippetResult(String path, SnippetKind kind, Status status, String reason, String code,
                         List<ShownRegion> regions, String stdout, boolean stdoutTruncated, String stderr,
                         boolean stderrTruncated, Integer exitCode, long millis, String jdk,
                         List<Diagnostic> diagnostics, boolean flaky, String threadDump) {
        this(path, kind, status, reason, code, regions, stdout, stdoutTruncated, stderr, stderrTruncated, exitCode,
                millis, jdk, diagnostics, flaky, threadDump, null);
    }

    /** The same result, recording the hash of the source it was verified from. */
    public SnippetResult withSourceSha256(String sha256) {
        return new SnippetResult(path, kind, status, reason, code, regions, stdout, stdoutTruncated, stderr,
                stderrTruncated, exitCode, millis, jdk, diagnostics, flaky, threadDump, sha256);
    }

    /** The result without a thread dump (the form before {@code threadDump} was added). */
    public SnippetResult(String path, SnippetKind kind, Status status, String reason, String code,
                         List<ShownRegion> regions, String stdout, boolean stdoutTruncated, String stderr,
                         boolean stderrTruncated, Integer exitCode, long millis, String jdk,
                         List<Diagnostic> diagnostics, boolean flaky) {
        this(path, kind, status, reason, code, regions, stdout, stdoutTruncated, stderr, stderrTruncated, exitCode,
                millis, jdk, diagnostics, flaky, null, null);
    }

    /** The named region, if the file declares it. */
    public Optional<ShownRegion> region(String name) {
        return regions.stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
