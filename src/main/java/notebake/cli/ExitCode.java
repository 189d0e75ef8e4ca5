package notebake.cli;

/** The process exit status of every {@code notebake} command. Numbers are explicit and never reused. */
public enum ExitCode {
    /** Everything passed. */
    OK(0, "success"),
    /** At least one snippet failed (or, under --strict, was skipped). */
    SNIPPETS_FAILED(1, "a snippet failed, or was skipped under --strict"),
    /** The command line was wrong; the usage is printed. */
    USAGE_ERROR(2, "invalid command line"),
    /**
     * The input could not be used: a bad notebake.properties, a missing folder, an unusable results file, a file or
     * folder that cannot be read or written (e.g. a read-only target/).
     */
    INPUT_ERROR(3, "bad configuration or input folder"),
    /** A bug or an environment problem (e.g. no Java compiler); the message says which. */
    INTERNAL_ERROR(4, "internal error"),
    /** The site has problems (notes, snippet references, links); the messages name file and line. */
    BUILD_PROBLEMS(5, "the site has problems; nothing was published"),
    /** Stopped by Ctrl+C (SIGINT) while building; the staging folder is discarded, the previous site is intact. */
    INTERRUPTED(130, "interrupted; nothing was published");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }
}
