package notebake.render;

import notebake.snippet.OptionsHeader;
import notebake.snippet.Regions;
import notebake.snippet.SnippetScanner;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetResult;
import notebake.verify.VerificationReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verifier's results, indexed by snippet path for constant-time lookup; the real line numbers of what a page
 * shows of each snippet; and whether each snippet file is still the one verified (both read from the snippets
 * folder, once per file). Thread-safe.
 */
public final class SnippetLookup {

    /** The advice every stale-snippet message ends with. */
    public static final String REVERIFY = "run `verify` again, then `build` (or `mvn site`, which does both)";

    private final Map<String, SnippetResult> byPath = new HashMap<>();
    private final Path snippetsDir;
    /** The folder the results were verified from ({@link VerificationReport#snippetsRoot}), or null if unknown. */
    private final String verifiedRoot;
    private final String shownDir;
    private final Map<String, Current> current = new ConcurrentHashMap<>();

    private record Parsed(Regions.Shown shown, Regions.ShownLines lines) {
    }

    /**
     * The snippet file as it is now: its hash (null when it cannot be read, with the reason; {@code nameUnusable}
     * when the reason is that this JVM cannot name the file) and, when it parses, its shown code and real line
     * numbers.
     */
    private record Current(String sha256, String unreadable, boolean nameUnusable, Optional<Parsed> parsed) {

        static Current unreadable(String reason) {
            return new Current(null, reason, false, Optional.empty());
        }
    }

    /** Results only: shown code is numbered contiguously (from the region's first line, or 1). */
    public SnippetLookup(VerificationReport report) {
        this(report, null);
    }

    /**
     * @param snippetsDir the snippets folder the results came from, read for the real line numbers; null for none
     */
    public SnippetLookup(VerificationReport report, Path snippetsDir) {
        this(report, snippetsDir, "snippets/");
    }

    /**
     * @param snippetsDir the snippets folder the results came from: read for the real line numbers and to check
     *                    that each snippet is unchanged since it was verified; null for neither
     * @param shownDir    how messages name that folder, ending in {@code /} (e.g. {@code snippets/})
     */
    public SnippetLookup(VerificationReport report, Path snippetsDir, String shownDir) {
        for (SnippetResult r : report.snippets()) {
            byPath.put(r.path(), r);
        }
        this.snippetsDir = snippetsDir;
        this.verifiedRoot = report.snippetsRoot();
        this.shownDir = shownDir == null ? "" : shownDir;
    }

    /** How messages name a snippet file: {@code snippets/demo/Hello.java}. */
    public String shown(String path) {
        return shownDir + path;
    }

    /**
     * Why a verified result no longer describes its snippet file, so that its code and output must not be
     * published: the file changed since it was verified (its SHA-256 differs from {@link SnippetResult#sourceSha256}),
     * it is gone, or the results recorded no hash (written before the field existed), so nobody can tell.
     * Empty when the file is the one verified, and always when this lookup has no snippets folder to compare with.
     */
    public Optional<String> staleness(SnippetResult result) {
        if (snippetsDir == null) {
            return Optional.empty();
        }
        String file = shown(result.path());
        if (result.sourceSha256() == null) {
            return Optional.of("the verification results record no source hash for " + file
                    + " (written by an older Notebake, or the file was unreadable), so nothing shows that the code "
                    + "on the page is the code that ran; " + REVERIFY);
        }
        Current now = current(result.path());
        String otherFolder = otherFolderAdvice();
        if (now.nameUnusable()) {
            return Optional.of("snippet " + file + " cannot be read: " + now.unreadable());
        }
        if (now.sha256() == null) {
            return Optional.of("snippet " + file + " was verified but cannot be read now (" + now.unreadable()
                    + (otherFolder == null ? "; deleted or moved since `verify`?); " + REVERIFY : ")" + otherFolder));
        }
        if (!now.sha256().equalsIgnoreCase(result.sourceSha256())) {
            return Optional.of("snippet " + file + " changed after it was verified: the page would show code and "
                    + "output that no longer match the file" + (otherFolder == null ? "; " + REVERIFY : otherFolder));
        }
        return Optional.empty();
    }

    /**
     * When the build reads snippets from another folder than the one verified (e.g. {@code verify --snippets src}
     * then {@code build} without it): the advice to give both the same folder; else null.
     */
    private String otherFolderAdvice() {
        if (verifiedRoot == null || verifiedRoot.isEmpty()) {
            return null;
        }
        Path verified = Path.of(verifiedRoot).toAbsolutePath().normalize();
        Path reading = snippetsDir.toAbsolutePath().normalize();
        if (verified.equals(reading)) {
            return null;
        }
        return "; the results were verified from " + verified + " but this build reads snippets from " + reading
                + ": give build the same folder as verify (--snippets " + verified + "), or verify this one";
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
        Parsed p = snippetsDir == null ? null : current(result.path()).parsed().orElse(null);
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

    /** Reads a snippet file once per lookup (notes sharing a snippet share the read). */
    private Current current(String path) {
        return current.computeIfAbsent(path, this::read);
    }

    private Current read(String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(snippetsDir.resolve(path));
        } catch (NoSuchFileException e) {
            return Current.unreadable("no such file");
        } catch (java.nio.file.InvalidPathException e) {
            // a non-ASCII name under a non-UTF-8 locale: the file is there, Java cannot name it
            return new Current(null, SnippetScanner.unusableNameReason().replace("run the verifier", "build"), true,
                    Optional.empty());
        } catch (IOException | RuntimeException e) {
            return Current.unreadable(e.getMessage() == null ? e.toString() : e.getMessage());
        }
        return new Current(SnippetScanner.sha256(bytes), null, false, parse(path, bytes)); // as the verifier hashed it
    }

    private static Optional<Parsed> parse(String path, byte[] bytes) {
        try {
            String source = new String(bytes, StandardCharsets.UTF_8);
            if (source.startsWith("\uFEFF")) {
                source = source.substring(1); // as the verifier reads it
            }
            List<String> lines = source.lines().toList();
            Regions.Shown shown = Regions.parse(path, lines, OptionsHeader.parse(path, lines).headerLines());
            return Optional.of(new Parsed(shown, Regions.lineNumbers(source)));
        } catch (RuntimeException e) {
            return Optional.empty(); // not parseable here: the numbers fall back to contiguous ones
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
