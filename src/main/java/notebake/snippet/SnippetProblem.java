package notebake.snippet;

/**
 * Something wrong in a snippet file that the author must fix, located at a line.
 *
 * @param path    path relative to the snippets root, with {@code /} separators
 * @param line    1-based line, or 0 for the whole file
 * @param message what is wrong and how to fix it
 */
public record SnippetProblem(String path, int line, String message) {

    /** {@code path:line: message}. */
    public String located() {
        return path + ":" + line + ": " + message;
    }
}
