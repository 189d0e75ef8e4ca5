package notebake.preview;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source files that changed since the last build, by kind. A file that was deleted is listed too (it no
 * longer exists): whoever rebuilds must drop what it produced.
 *
 * @param files changed files by kind, each sorted
 */
public record ChangeSet(Map<Kind, Set<Path>> files) {

    /** What a changed file is, which decides how much has to be rebuilt. */
    public enum Kind {
        /** a note or {@code sections.yml} under content/ */
        CONTENT,
        /** a Freemarker template: every page may change */
        TEMPLATE,
        /** a file under assets/: copied as is */
        ASSET,
        /** a Java snippet or golden file under snippets/: re-verify it, then re-render the notes using it */
        SNIPPET,
        /** notebake.properties: everything */
        CONFIG
    }

    public ChangeSet {
        EnumMap<Kind, Set<Path>> copy = new EnumMap<>(Kind.class);
        files.forEach((kind, paths) -> {
            if (!paths.isEmpty()) {
                copy.put(kind, Set.copyOf(new TreeSet<>(paths)));
            }
        });
        files = Map.copyOf(copy);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public boolean has(Kind kind) {
        return files.containsKey(kind);
    }

    public Set<Path> of(Kind kind) {
        return files.getOrDefault(kind, Set.of());
    }

    /** True when only assets changed, so copying them is the whole rebuild. */
    public boolean onlyAssets() {
        return files.size() == 1 && has(Kind.ASSET);
    }

    /** All changed files, sorted. */
    public List<Path> all() {
        TreeSet<Path> all = new TreeSet<>();
        files.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return all().toString();
    }
}
