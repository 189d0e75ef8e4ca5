package notebake.render;

import notebake.snippet.OptionsHeader;
import notebake.snippet.Regions;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetResult;
import notebake.verify.VerificationReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verifier's results, indexed by snippet path for constant-time lookup, and the real line numbers of what a
 * page shows of each snippet (read from the snippets folder). Thread-safe.
 */
public final class SnippetLookup {

    private final Map<String, SnippetResult> byPath = new HashMap<>();
    private final Path snippetsDir;
    private final Map<String, Optional<Parsed>> parsed = new ConcurrentHashMap<>();

    private record Parsed(Regions.Shown shown, Regions.ShownLines lines) {
    }

    /** Results only: shown code is numbered contiguously (from the region's first line, or 1). */
    public SnippetLookup(VerificationReport report) {
        this(report, null);
    }

    /**
     * @param snippetsDir the snippets folder the results came from, read for the real line numbers; null for none
     */
    public SnippetLookup(VerificationReport report, Path snippetsDir) {
        for (SnippetResult r : report.snippets()) {
            byPath.put(r.path(), r);
        }
        this.snippetsDir = snippetsDir;
    }

    public Optional<SnippetResult> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    public Map<String, SnippetResult> all() {
        return Map.copyOf(byPath);
    }

    /**
     * The real line numbers, in the file as written, of each line a page shows of a snippet: they skip the options
     * header and region markers, so they agree with javac messages and stack traces. When the file cannot be read
     * or no longer matches the results, the lines are numbered contiguously from the region's first line (or 1).
     *
     * @param region the shown region, or null for the whole file
     */
    public List<Integer> lineNumbers(SnippetResult result, ShownRegion region) {
        String code = region == null ? result.code() : region.code();
        int count = (int) code.lines().count();
        Parsed p = snippetsDir == null ? null : parsed.computeIfAbsent(result.path(), this::parse).orElse(null);
        if (p != null) {
            if (region == null && p.shown().code().equals(code)) {
                return p.lines().code();
            }
            if (region != null) {
                List<Integer> numbers = p.lines().regions().get(region.name());
                boolean same = p.shown().regions().stream()
                        .anyMatch(r -> r.name().equals(region.name()) && r.code().equals(code));
                if (same && numbers != null && numbers.size() == count) {
                    return numbers;
                }
            }
        }
        return contiguous(region == null ? 1 : region.startLine(), count);
    }

    private Optional<Parsed> parse(String path) {
        Path file = snippetsDir.resolve(path);
        try {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            if (source.startsWith("\uFEFF")) {
                source = source.substring(1); // as the verifier reads it
            }
            List<String> lines = source.lines().toList();
            Regions.Shown shown = Regions.parse(path, lines, OptionsHeader.parse(path, lines).headerLines());
            return Optional.of(new Parsed(shown, Regions.lineNumbers(source)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not readable here: the numbers fall back to contiguous ones
        }
    }

    private static List<Integer> contiguous(int first, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(first + i);
        }
        return out;
    }
}
