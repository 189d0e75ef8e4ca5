package notebake.render;

import notebake.internal.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Per-note state while one note renders: where it is, and what the renderer found (problems, snippets used and
 * where each is shown).
 * Not thread-safe; one per note.
 */
final class NoteContext {

    final String file;
    final String rootpath;
    final List<Problem> problems = new ArrayList<>();
    final Set<String> snippetsUsed = new LinkedHashSet<>();
    final List<SnippetUse> uses = new ArrayList<>();

    NoteContext(String file, String rootpath) {
        this.file = file;
        this.rootpath = rootpath;
    }

    void problem(int line, String message) {
        problems.add(new Problem(file, line, message));
    }
}
