package notebake.verify;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import notebake.snippet.Snippet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The accepted output kept beside a snippet: {@code Name.out} (masked stdout) and {@code Name.err} (masked
 * stderr, only when it is expected to be non-empty). Reads, compares with a readable diff, and writes them
 * only when asked to update. Stateless.
 */
public final class GoldenFiles {

    private static final int DIFF_LINES = 40;

    private GoldenFiles() {
    }

    public static Path outFile(Snippet s) {
        return s.file().resolveSibling(s.stem() + ".out");
    }

    public static Path errFile(Snippet s) {
        return s.file().resolveSibling(s.stem() + ".err");
    }

    /** The file's text, or empty when it does not exist. */
    public static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read golden file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes the accepted output ({@code null} deletes the file); touches nothing whose text is unchanged. */
    public static boolean write(Path file, String text) {
        try {
            if (text == null) {
                return Files.deleteIfExists(file);
            }
            if (read(file).map(text::equals).orElse(false)) {
                return false;
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write golden file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A unified diff from the expected to the actual text (both already in comparable form), at most
     * {@value #DIFF_LINES} lines, or {@code null} when they are equal.
     */
    public static String diff(String name, String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        List<String> lines;
        if (a.equals(b)) {
            lines = List.of("(only line endings or the final newline differ)");
        } else {
            lines = UnifiedDiffUtils.generateUnifiedDiff(name + " (expected)", name + " (actual)", a,
                    DiffUtils.diff(a, b), 2);
        }
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String l : lines) {
            if (n++ == DIFF_LINES) {
                out.append("... (").append(lines.size() - DIFF_LINES).append(" more diff lines)\n");
                break;
            }
            out.append(l).append('\n');
        }
        return out.toString();
    }
}
