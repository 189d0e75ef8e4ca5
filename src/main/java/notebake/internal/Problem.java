package notebake.internal;

import java.util.Comparator;

/**
 * Something wrong with an input, located so a person can fix it: {@code file:line: message}.
 *
 * @param file    the file, as the user knows it (relative to the source folder when possible)
 * @param line    1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong and how to fix it
 */
public record Problem(String file, int line, String message) {

    public static final Comparator<Problem> ORDER =
            Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparing(Problem::message);

    /** {@code file:line: message}, the form editors and CI logs link. */
    public String located() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public String toString() {
        return located();
    }
}
