package notebake.render;

import notebake.internal.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One note after the render stage: its validated front matter and its body as HTML.
 *
 * @param file         the note's file
 * @param relativePath path under content/, with {@code /} separators (e.g. {@code functions/closures.md})
 * @param frontMatter  validated front matter; null when it had problems
 * @param html         the body as HTML (snippet blocks included)
 * @param snippetsUsed snippet paths the note references
 * @param problems     what is wrong with the note; the build fails if any
 * @param snippetUses  every snippet block the page shows, in page order (with its heading and block id)
 */
public record RenderedNote(Path file, String relativePath, FrontMatter frontMatter, String html,
                           Set<String> snippetsUsed, List<Problem> problems, List<SnippetUse> snippetUses) {

    public RenderedNote {
        snippetsUsed = Set.copyOf(snippetsUsed);
        problems = List.copyOf(problems);
        snippetUses = snippetUses == null ? List.of() : List.copyOf(snippetUses);
    }

    /** A note without the record of where it shows each snippet (the form before {@code snippetUses}). */
    public RenderedNote(Path file, String relativePath, FrontMatter frontMatter, String html,
                        Set<String> snippetsUsed, List<Problem> problems) {
        this(file, relativePath, frontMatter, html, snippetsUsed, problems, List.of());
    }

    /** The page's path in the site: {@code functions/closures.html}. */
    public String uri() {
        return relativePath.substring(0, relativePath.lastIndexOf('.')) + ".html";
    }

    /** Relative path from the page to the site root: {@code ""}, {@code "../"}, ... */
    public String rootpath() {
        return "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
    }
}
