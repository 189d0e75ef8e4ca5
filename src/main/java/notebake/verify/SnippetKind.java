package notebake.verify;

/** Whether a snippet file is run, or only compiled for the others to use. */
public enum SnippetKind {
    /** Declares {@code public static void main(String[])}: compiled and run. */
    RUNNABLE,
    /** No {@code main}: compiled together with its neighbours, never run. */
    HELPER
}
