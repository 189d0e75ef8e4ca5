package notebake.cli;

import notebake.snippet.SnippetScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The golden files ({@code Name.out}, {@code Name.err}) of a snippets folder before and after {@code verify
 * --update}, so the command can list what it wrote: one line per new, changed or deleted file.
 */
final class GoldenSnapshot {

    private GoldenSnapshot() {
    }

    /** Every golden file's text by path, in the folders the verifier reads ({@link SnippetScanner#skipped}). */
    static Map<Path, String> take(Path snippetsDir) {
        Map<Path, String> files = new TreeMap<>();
        Path root = snippetsDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if ((name.endsWith(".out") || name.endsWith(".err")) && !SnippetScanner.skipped(root.relativize(p))) {
                    files.put(root.relativize(p), Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * "wrote snippets/a/B.out (new)" lines, in path order.
     *
     * @param shownDir how the lines name the snippets folder, ending in {@code /} (or empty)
     */
    static List<String> changes(String shownDir, Map<Path, String> before, Map<Path, String> after) {
        List<String> lines = new ArrayList<>();
        TreeSet<Path> all = new TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (Path p : all) {
            String was = before.get(p);
            String now = after.get(p);
            String what = was == null ? "wrote %s (new)" : now == null ? "deleted %s (no output on that stream now)"
                    : was.equals(now) ? null : "wrote %s (changed)";
            if (what != null) {
                lines.add(String.format(what, shownDir + p.toString().replace('\\', '/')));
            }
        }
        return lines;
    }
}
