package notebake.render;

import notebake.verify.SnippetResult;
import notebake.verify.VerificationReport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The verifier's results, indexed by snippet path for constant-time lookup. Immutable. */
public final class SnippetLookup {

    private final Map<String, SnippetResult> byPath = new HashMap<>();

    public SnippetLookup(VerificationReport report) {
        for (SnippetResult r : report.snippets()) {
            byPath.put(r.path(), r);
        }
    }

    public Optional<SnippetResult> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Map<String, SnippetResult> all() {
        return Map.copyOf(byPath);
    }
}
