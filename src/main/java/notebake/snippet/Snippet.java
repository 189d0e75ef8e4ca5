package notebake.snippet;

import java.nio.file.Path;
import java.util.List;

/**
 * One {@code .java} file of a snippets folder, read and parsed but not yet compiled. Immutable.
 *
 * @param path        path relative to the snippets root, with {@code /} separators
 * @param file        absolute path of the file
 * @param sourceRoot  the file's folder minus its package path; files with the same root compile together
 * @param source      the whole file as written
 * @param facts       package, top-level types, whether it has {@code main}
 * @param options     what its {@code // notebake:} header says
 * @param code        the whole file as a page may show it (no options header, no region markers)
 * @param regions     its named regions, in file order
 * @param problems    mistakes in the header, regions or layout; a snippet with problems fails verification
 * @param sourceSha256 lower-case hex SHA-256 of the file's bytes as read (and verified); {@code null} when the
 *                    file could not be read
 */
public record Snippet(
        String path,
        Path file,
        Path sourceRoot,
        String source,
        JavaSourceFacts facts,
        SnippetOptions options,
        String code,
        List<Region> regions,
        List<SnippetProblem> problems,
        String sourceSha256) {

    public Snippet {
        regions = List.copyOf(regions);
        problems = List.copyOf(problems);
    }

    /** Has a {@code main} method (and so is run), as opposed to a helper that is only compiled. */
    public boolean runnable() {
        return facts.hasMain() && !options.compileError();
    }

    /** The binary name of the class to launch: package plus file name. */
    public String mainClass() {
        String stem = file.getFileName().toString().replaceFirst("\\.java$", "");
        return facts.packageName().isEmpty() ? stem : facts.packageName() + "." + stem;
    }

    /** The file name without {@code .java}, used for golden files beside it. */
    public String stem() {
        return file.getFileName().toString().replaceFirst("\\.java$", "");
    }

    /** Fully qualified names of its top-level types (what it adds to its compilation group). */
    public List<String> qualifiedTypes() {
        String prefix = facts.packageName().isEmpty() ? "" : facts.packageName() + ".";
        return facts.topLevelTypes().stream().map(t -> prefix + t).toList();
    }
}
