package notebake.verify;

import java.util.function.Consumer;

/**
 * How one verification runs, besides the {@link notebake.config.Config}. Immutable; use the withers.
 *
 * @param update       accept real outputs: write golden files instead of failing on a mismatch
 * @param only         a glob over paths relative to the snippets root (a glob without {@code /} also matches
 *                     file names); {@code null} for every snippet
 * @param jobs         runs in parallel; 0 for the config's {@code verify.jobs}
 * @param strict       skipped snippets count as failures (see {@link Verifier#passed})
 * @param repeat       runs per snippet; above 1, differing (masked) output marks a snippet flaky
 * @param discoverJdks look for JDKs in the usual places; when false only the running JDK and the
 *                     configured {@code verify.jdks}
 * @param useCache     reuse cached results of unchanged snippets
 * @param log          progress and cache explanations, one line each (never {@code null})
 */
public record VerifyOptions(boolean update, String only, int jobs, boolean strict, int repeat, boolean discoverJdks,
                            boolean useCache, Consumer<String> log) {

    public VerifyOptions {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1, was " + repeat);
        }
        if (jobs < 0) {
            throw new IllegalArgumentException("jobs must be positive, was " + jobs);
        }
        log = log == null ? line -> { } : log;
    }

    public static VerifyOptions defaults() {
        return new VerifyOptions(false, null, 0, false, 1, true, true, null);
    }

    public VerifyOptions withUpdate(boolean v) {
        return new VerifyOptions(v, only, jobs, strict, repeat, discoverJdks, useCache, log);
    }

    public VerifyOptions withOnly(String v) {
        return new VerifyOptions(update, v, jobs, strict, repeat, discoverJdks, useCache, log);
    }

    public VerifyOptions withJobs(int v) {
        return new VerifyOptions(update, only, v, strict, repeat, discoverJdks, useCache, log);
    }

    public VerifyOptions withStrict(boolean v) {
        return new VerifyOptions(update, only, jobs, v, repeat, discoverJdks, useCache, log);
    }

    public VerifyOptions withRepeat(int v) {
        return new VerifyOptions(update, only, jobs, strict, v, discoverJdks, useCache, log);
    }

    public VerifyOptions withDiscoverJdks(boolean v) {
        return new VerifyOptions(update, only, jobs, strict, repeat, v, useCache, log);
    }

    public VerifyOptions withCache(boolean v) {
        return new VerifyOptions(update, only, jobs, strict, repeat, discoverJdks, v, log);
    }

    public VerifyOptions withLog(Consumer<String> v) {
        return new VerifyOptions(update, only, jobs, strict, repeat, discoverJdks, useCache, v);
    }
}
