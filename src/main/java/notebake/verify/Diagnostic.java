package notebake.verify;

/**
 * A compiler message located in a snippet file.
 *
 * @param file    path relative to the snippets root, with {@code /} separators
 * @param line    1-based line, or 0 when the compiler gave none
 * @param column  1-based column, or 0 when the compiler gave none
 * @param kind    {@code ERROR}, {@code WARNING} or {@code NOTE}
 * @param code    the javac diagnostic key, e.g. {@code compiler.err.cant.resolve.location}
 * @param message the compiler's message
 */
public record Diagnostic(String file, long line, long column, String kind, String code, String message) {

    /** {@code file:line:col: message}, the form editors and CI logs link. */
    public String located() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
