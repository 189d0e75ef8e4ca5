package notebake.internal;

/**
 * A process-wide request to stop the build in progress (Ctrl+C, SIGTERM). The build checks it between stages, per
 * page, and once more just before publishing, so an interrupted build never replaces the previous site.
 * Thread-safe.
 */
public final class BuildInterruption {

    /** What an interrupted build says: one line, no stack trace. */
    public static final String MESSAGE = "interrupted; the previous site is intact";

    private static volatile boolean requested;

    private BuildInterruption() {
    }

    /** Asks the build in progress to stop. */
    public static void request() {
        requested = true;
    }

    public static boolean requested() {
        return requested;
    }

    /** Withdraws a request (tests, and an embedding program that builds again). */
    public static void clear() {
        requested = false;
    }

    /** Throws {@link Interrupted} when a stop was requested. */
    public static void check() {
        if (requested) {
            throw new Interrupted();
        }
    }

    /** The build stopped on request; nothing was published. */
    public static final class Interrupted extends RuntimeException {
        public Interrupted() {
            super(MESSAGE, null, false, false);
        }
    }
}
