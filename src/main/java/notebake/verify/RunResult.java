package notebake.verify;

/**
 * What one isolated run of a snippet produced.
 *
 * @param stdout          standard output, decoded as UTF-8, at most the output cap
 * @param stdoutTruncated whether stdout was cut at the cap
 * @param stderr          standard error, likewise
 * @param stderrTruncated whether stderr was cut at the cap
 * @param exitCode        exit code, or {@code null} when the process was killed
 * @param millis          wall time from start to end
 * @param timedOut        whether it was killed for running past its timeout
 * @param threadDump      the thread dump taken before killing it on timeout, or {@code null}
 * @param captureIncomplete whether an output stream was still open when the verifier stopped reading it
 *                        (something outside the killed process tree held the pipe): the output is partial
 */
public record RunResult(String stdout, boolean stdoutTruncated, String stderr, boolean stderrTruncated,
                        Integer exitCode, long millis, boolean timedOut, String threadDump,
                        boolean captureIncomplete) {
}
