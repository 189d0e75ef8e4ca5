package notebake.cli;

/** Process exit codes, with explicit numbers (never ordinal()). */
public enum ExitCode {
    OK(0),
    /** The input has problems (notes, snippets, links); the messages name file and line. */
    PROBLEMS(1),
    /** Wrong command-line usage. */
    USAGE(2),
    /** Configuration file or results file unusable. */
    CONFIG(3),
    /** An unexpected internal error (a bug). */
    INTERNAL(70);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
