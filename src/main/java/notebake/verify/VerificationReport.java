package notebake.verify;

import java.util.List;
import java.util.Optional;

/**
 * Every snippet's result from one verification, in path order. This is what the results file holds.
 *
 * @param format       version of the results file format (see docs/results-format.md)
 * @param snippetsRoot absolute path of the snippets folder that was verified
 * @param snippets     one result per snippet file
 */
public record VerificationReport(int format, String snippetsRoot, List<SnippetResult> snippets) {

    public static final int FORMAT = 1;

    public VerificationReport {
        snippets = snippets == null ? List.of() : List.copyOf(snippets);
    }

    public long count(Status status) {
        return snippets.stream().filter(s -> s.status() == status).count();
    }

    public long verified() {
        return count(Status.VERIFIED);
    }

    public long failed() {
        return count(Status.FAILED);
    }

    public long skipped() {
        return count(Status.SKIPPED);
    }

    /** The result for a path relative to the snippets root ({@code /} separators). */
    public Optional<SnippetResult> find(String path) {
        return snippets.stream().filter(s -> s.path().equals(path)).findFirst();
    }
}
