package notebake.snippet;

import java.nio.file.Path;
import java.util.List;

/**
 * The files that share one source root and so are compiled together (a snippet may use helper classes of
 * its own folder tree). Immutable.
 *
 * @param sourceRoot absolute source root
 * @param snippets   its files, in path order
 */
public record CompilationGroup(Path sourceRoot, List<Snippet> snippets) {

    public CompilationGroup {
        snippets = List.copyOf(snippets);
    }

    /**
     * The highest {@code release=} any of its files asks for. The verifier compiles a group once per release
     * level of its files (each level with the files it may use), so this is the level of the whole group.
     */
    public int release() {
        return snippets.stream().mapToInt(s -> s.options().release()).max().orElse(SnippetOptions.DEFAULT_RELEASE);
    }
}
