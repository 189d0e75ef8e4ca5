package notebake.verify;

/** Outcome of verifying one snippet. */
public enum Status {
    /** Compiled, ran, and met every expectation (for a helper: compiled). */
    VERIFIED,
    /** Did not compile, crashed unexpectedly, timed out, or its output differs from the golden file. */
    FAILED,
    /** Not run, with a reason (for example: no installed JDK satisfies its minimum release). */
    SKIPPED
}
