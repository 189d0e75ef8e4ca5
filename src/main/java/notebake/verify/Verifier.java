package notebake.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import notebake.cache.CacheKey;
import notebake.cache.ResultCache;
import notebake.config.Config;
import notebake.snippet.CompilationGroup;
import notebake.snippet.Region;
import notebake.snippet.Snippet;
import notebake.snippet.SnippetProblem;
import notebake.snippet.SnippetScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The verifier's entry point: finds every snippet of {@link Config#snippetsDir()}, compiles each compilation
 * group in batches ({@code javax.tools}, in-process for the running JDK, forked for another), runs every
 * runnable snippet in its own JVM, judges the outcome, and writes {@link Config#resultsFile()}.
 * Unchanged snippets whose last verification passed come from the cache without compiling or running.
 * <pre>{@code
 * VerificationReport report = Verifier.verify(config, VerifyOptions.defaults());
 * }</pre>
 * Problems in snippets never throw: they become FAILED or SKIPPED results with a reason. Writes only under
 * {@link Config#workDir()} and, with {@code update}, the golden files. Each call is independent; calls on
 * different work folders may run concurrently.
 */
public final class Verifier {

    /** Bumped whenever a change here can change a result, so old cache entries are not trusted. */
    static final String VERSION = "2";

    private static final AtomicInteger RUN_IDS = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Pattern XMX = Pattern.compile("-Xmx(\\S+)");

    private final Config config;
    private final VerifyOptions options;
    private final Path root;
    private final Map<String, SnippetResult> results = new ConcurrentHashMap<>();
    /** Ordinary runs share it; an {@code exclusive} snippet runs holding it alone. */
    private final java.util.concurrent.locks.ReadWriteLock runLock =
            new java.util.concurrent.locks.ReentrantReadWriteLock(true);
    /** Hashes of the cache keys of this run's passing results: every other cache entry is stale. */
    private final Set<String> liveKeys = ConcurrentHashMap.newKeySet();

    private Verifier(Config config, VerifyOptions options) {
        this.config = config;
        this.options = options;
        this.root = config.snippetsDir().toAbsolutePath().normalize();
    }

    /** Verifies the snippets and writes the results file; see the class comment. */
    public static VerificationReport verify(Config config, VerifyOptions options) {
        return new Verifier(config, options).run();
    }

    /** Whether a report passes: no failure, and under {@code strict} no skipped snippet either. */
    public static boolean passed(VerificationReport report, VerifyOptions options) {
        return report.failed() == 0 && (!options.strict() || report.skipped() == 0);
    }

    private VerificationReport run() {
        long t0 = System.nanoTime();
        SnippetScanner.Scan scan = SnippetScanner.scan(root);
        long tScanned = System.nanoTime();
        PathMatcher only = options.only() == null ? null
                : FileSystems.getDefault().getPathMatcher("glob:" + options.only());
        List<Jdk> jdks = JdkDiscovery.find(config.extraJdks(), options.discoverJdks());
        long tJdks = System.nanoTime();
        Path runDir = config.workDir().resolve("tmp").resolve("verify-" + ProcessHandle.current().pid() + "-"
                + RUN_IDS.incrementAndGet());
        ResultCache cache = new ResultCache(config.workDir().resolve("cache"));
        deleteAbandonedRunFolders(runDir.getParent());
        int hits = 0;
        try {
            for (Snippet s : scan.unusable()) {
                if (only == null || matches(only, s)) {
                    results.put(s.path(), new SnippetResult(s.path(), s.runnable() ? SnippetKind.RUNNABLE
                            : SnippetKind.HELPER, Status.FAILED, SnippetScanner.unusableNameReason(), s.code(),
                            regions(s), "", false, "", false, null, 0, null, List.of(), false, null,
                            s.sourceSha256()));
                }
            }
            List<PlannedGroup> candidates = new ArrayList<>();
            for (CompilationGroup whole : scan.groups()) {
                for (CompilationGroup g : byRelease(whole)) {
                    int level = g.release();
                    List<Snippet> targets = g.snippets().stream().filter(s -> s.options().release() == level)
                            .filter(s -> only == null || matches(only, s)).toList();
                    if (targets.isEmpty()) {
                        continue;
                    }
                    Optional<Jdk> jdk = JdkDiscovery.lowestSatisfying(jdks, level);
                    if (jdk.isEmpty()) {
                        for (Snippet s : targets) {
                            results.put(s.path(), skipped(s, jdks).withSourceSha256(s.sourceSha256()));
                        }
                        continue;
                    }
                    Map<Snippet, CacheKey> keys = new LinkedHashMap<>();
                    targets.forEach(s -> keys.put(s, null));
                    candidates.add(new PlannedGroup(g, whole, jdk.get(), keys));
                }
            }
            // hashing inputs and reading cache entries is most of a warm run: do it on every core
            List<CacheCheck> checks = candidates.parallelStream().map(p -> check(p, cache)).toList();
            List<PlannedGroup> toCompile = new ArrayList<>();
            for (CacheCheck c : checks) {
                c.log().forEach(options.log());
                hits += c.hits();
                if (!c.misses().isEmpty()) {
                    toCompile.add(new PlannedGroup(c.plan().group(), c.plan().whole(), c.plan().jdk(), c.misses()));
                }
            }
            options.log().accept(String.format(Locale.ROOT, "scanned %d files in %d ms, found %d JDKs in %d ms, "
                    + "cache lookups %d ms", scan.snippets().size(), (tScanned - t0) / 1_000_000, jdks.size(),
                    (tJdks - tScanned) / 1_000_000, (System.nanoTime() - tJdks) / 1_000_000));
            if (!toCompile.isEmpty()) {
                compileAndRun(toCompile, runDir, cache);
            }
            if (only == null && options.useCache()) {
                int pruned = cache.retainOnly(liveKeys);
                if (pruned > 0) {
                    options.log().accept("removed " + pruned + " stale cache entries");
                }
            }
        } finally {
            deleteTree(runDir);
            try {
                Files.deleteIfExists(runDir.getParent());
            } catch (IOException e) {
                // another verification is using it
            }
        }
        List<SnippetResult> list = new ArrayList<>(results.values());
        list.sort(Comparator.comparing(SnippetResult::path));
        VerificationReport report = new VerificationReport(VerificationReport.FORMAT, root.toString(), list);
        ResultsFile.write(only == null ? report : withEarlierResults(report, scan), config.resultsFile());
        options.log().accept(String.format(Locale.ROOT, "%d snippets (%d from cache) in %d ms", list.size(), hits,
                (System.nanoTime() - t0) / 1_000_000));
        return report;
    }

    /**
     * Under {@code --only}, the results file keeps the earlier results of the snippets that were not selected
     * (and still exist), so the site builder still finds them; the returned report holds the selection only.
     */
    private VerificationReport withEarlierResults(VerificationReport selection, SnippetScanner.Scan scan) {
        VerificationReport earlier;
        try {
            earlier = ResultsFile.read(config.resultsFile());
        } catch (ResultsFile.ResultsFileException e) {
            return selection;
        }
        if (!earlier.snippetsRoot().equals(selection.snippetsRoot())) {
            return selection;
        }
        Set<String> existing = new HashSet<>();
        scan.snippets().forEach(s -> existing.add(s.path()));
        Map<String, SnippetResult> merged = new java.util.TreeMap<>();
        earlier.snippets().stream().filter(r -> existing.contains(r.path())).forEach(r -> merged.put(r.path(), r));
        selection.snippets().forEach(r -> merged.put(r.path(), r));
        return new VerificationReport(VerificationReport.FORMAT, selection.snippetsRoot(), List.copyOf(merged.values()));
    }

    private static boolean matches(PathMatcher only, Snippet s) {
        Path rel = Path.of(s.path());
        return only.matches(rel) || only.matches(rel.getFileName());
    }

    /**
     * Splits a compilation group by release level: for each distinct {@code release=} r of its files, the files
     * with release &le; r (what a file of level r may use), compiled for r by the lowest JDK &ge; r. So a file
     * that needs only 17 is compiled and run by JDK 17 even when a neighbour needs 21; the neighbour is
     * compiled with all the others by the JDK for 21. Lowest level first.
     */
    static List<CompilationGroup> byRelease(CompilationGroup whole) {
        return whole.snippets().stream().map(s -> s.options().release()).distinct().sorted()
                .map(r -> new CompilationGroup(whole.sourceRoot(), whole.snippets().stream()
                        .filter(s -> s.options().release() <= r).toList()))
                .toList();
    }

    /**
     * A release level of a group with at least one snippet to verify for real (its targets: the files of exactly
     * that level), the whole group it was cut from, the JDK it uses, and the keys to cache under.
     */
    private record PlannedGroup(CompilationGroup group, CompilationGroup whole, Jdk jdk,
                                Map<Snippet, CacheKey> targets) {
    }

    /** What the cache said about a group's targets: the misses to verify for real, and why they missed. */
    private record CacheCheck(PlannedGroup plan, Map<Snippet, CacheKey> misses, int hits, List<String> log) {
    }

    private CacheCheck check(PlannedGroup p, ResultCache cache) {
        Map<Snippet, CacheKey> misses = new LinkedHashMap<>();
        List<String> log = new ArrayList<>();
        int hits = 0;
        for (Snippet s : p.targets().keySet()) {
            CacheKey key = key(s, p.group(), p.jdk());
            if (options.useCache() && s.problems().isEmpty()) {
                ResultCache.Lookup hit = cache.lookup(s.path(), key);
                Optional<SnippetResult> cached = hit.hit() ? decode(hit.payload()) : Optional.empty();
                if (cached.isPresent()) {
                    // a hit means the same source text: record the bytes read now
                    results.put(s.path(), cached.get().withSourceSha256(s.sourceSha256()));
                    liveKeys.add(key.hash());
                    hits++;
                    continue;
                }
                log.add("verifying " + s.path() + ": " + (hit.hit() ? "cache entry unreadable; rebuilt"
                        : hit.missReason()));
            }
            misses.put(s, key);
        }
        return new CacheCheck(p, misses, hits, log);
    }

    // ---- compile -----------------------------------------------------------------------------------------

    private void compileAndRun(List<PlannedGroup> planned, Path runDir, ResultCache cache) {
        // a file of a low release level is compiled at every higher level of its group too: one folder per level
        Map<CompilationGroup, Path> classesOf = new HashMap<>();
        int n = 0;
        for (PlannedGroup p : planned) {
            classesOf.put(p.group(), runDir.resolve("classes").resolve("g" + n++));
        }
        List<List<PlannedGroup>> batches = BatchPlanner.plan(planned, PlannedGroup::group,
                p -> p.jdk().home() + "|" + p.group().release());
        // runs start as soon as their batch has compiled, while the next batch compiles
        int jobs = options.jobs() > 0 ? options.jobs() : config.jobs();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "notebake-run");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger runIds = new AtomicInteger();
        try {
            for (List<PlannedGroup> batch : batches) {
                List<BatchCompiler.Unit> units = new ArrayList<>();
                for (PlannedGroup p : batch) {
                    for (Snippet s : p.group().snippets()) {
                        if (!s.options().compileError()) {
                            units.add(new BatchCompiler.Unit(s.file(), classesOf.get(p.group())));
                        }
                    }
                }
                long t = System.nanoTime();
                Jdk jdk = batch.get(0).jdk();
                BatchCompiler.Outcome o = compileOrFail(jdk, units, batch.get(0).group().release(), runDir);
                options.log().accept(String.format(Locale.ROOT, "compiled %d files of %d groups with JDK %s in "
                        + "%d task(s), %d ms%s", units.size(), batch.size(), jdk.version(), o.rounds(),
                        (System.nanoTime() - t) / 1_000_000, o.failed().isEmpty() ? "" : ", "
                                + o.failed().size() + " failed"));
                for (PlannedGroup p : batch) {
                    dispatch(p, o, classesOf.get(p.group()), cache, pool, futures, runDir, runIds);
                }
            }
            // snippets that must not compile: each alone with the rest of its group
            int k = 0;
            for (PlannedGroup p : planned) {
                for (Snippet s : p.targets().keySet()) {
                    if (s.options().compileError()) {
                        Path out = runDir.resolve("compile-error").resolve("c" + k++);
                        List<BatchCompiler.Unit> units = new ArrayList<>();
                        units.add(new BatchCompiler.Unit(s.file(), out));
                        for (Snippet other : p.group().snippets()) {
                            if (!other.options().compileError()) {
                                units.add(new BatchCompiler.Unit(other.file(), out));
                            }
                        }
                        store(cache, p, s, judgeCompileError(s, p.jdk(), compileOrFail(p.jdk(), units,
                                p.group().release(), runDir)));
                    }
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Compiles a batch; when the compiler itself cannot run (a broken JDK, a crashed fork), every file of the
     * batch fails with that reason instead of the whole verification stopping.
     */
    private static BatchCompiler.Outcome compileOrFail(Jdk jdk, List<BatchCompiler.Unit> units, int release,
                                                       Path runDir) {
        try {
            return BatchCompiler.compile(jdk, units, release, runDir.resolve("javac"));
        } catch (RuntimeException e) {
            Set<Path> all = new java.util.LinkedHashSet<>();
            units.forEach(u -> all.add(u.file().toAbsolutePath().normalize()));
            return new BatchCompiler.Outcome(Map.of(), all, List.of("could not run the compiler of JDK " + jdk
                    + ": " + e.getMessage()), 0);
        }
    }

    /** Records compile failures and helpers of a compiled group at once, and queues its runnable snippets. */
    private void dispatch(PlannedGroup p, BatchCompiler.Outcome o, Path classes, ResultCache cache,
                          ExecutorService pool, List<Future<?>> futures, Path runDir, AtomicInteger runIds) {
        for (Snippet s : p.targets().keySet()) {
            if (s.options().compileError()) {
                continue;
            }
            List<Diagnostic> diags = withProblems(s, diagnostics(o.messagesFor(s.file())));
            if (o.failed().contains(s.file())) {
                store(cache, p, s, notRun(s, CompileVerdict.failure(o, diags) + higherReleaseHint(s, p, diags),
                        p.jdk(), diags));
            } else if (!s.runnable()) {
                store(cache, p, s, notRun(s, null, p.jdk(), diags));
            } else {
                futures.add(pool.submit(() -> store(cache, p, s, runAndJudge(s, p.jdk(), classes, diags, runDir,
                        runIds))));
            }
        }
    }

    /**
     * When a file fails to compile at its release level because it uses a type that only a file of a higher
     * level declares (that file is not compiled with it), says so and how to fix it; else the empty string.
     */
    static String higherReleaseHint(Snippet s, CompilationGroup level, CompilationGroup whole, List<Diagnostic> diags) {
        int release = s.options().release();
        String errors = String.join("\n", diags.stream().filter(d -> d.kind().equals("ERROR"))
                .map(Diagnostic::message).toList());
        List<String> needed = new ArrayList<>();
        int highest = release;
        for (Snippet other : whole.snippets()) {
            if (other.options().release() <= release || level.snippets().contains(other)) {
                continue;
            }
            for (String type : other.facts().topLevelTypes()) {
                if (Pattern.compile("\\b" + Pattern.quote(type) + "\\b").matcher(errors).find()) {
                    needed.add(type + " (" + other.path() + ", release=" + other.options().release() + ")");
                    highest = Math.max(highest, other.options().release());
                }
            }
        }
        if (needed.isEmpty()) {
            return "";
        }
        return "; it uses " + String.join(", ", needed) + ", which is compiled only for Java " + highest
                + ": declare release=" + highest + " in its header";
    }

    private static String higherReleaseHint(Snippet s, PlannedGroup p, List<Diagnostic> diags) {
        return higherReleaseHint(s, p.group(), p.whole(), diags);
    }

    private List<Diagnostic> diagnostics(List<BatchCompiler.Message> messages) {
        List<Diagnostic> out = new ArrayList<>();
        for (BatchCompiler.Message m : messages) {
            out.add(new Diagnostic(rel(m.file()), m.line(), m.column(), m.kind(), m.code(), m.text()));
        }
        return out;
    }

    private String rel(Path file) {
        return file == null ? "" : root.relativize(file).toString().replace('\\', '/');
    }

    private SnippetResult judgeCompileError(Snippet s, Jdk jdk, BatchCompiler.Outcome o) {
        List<Diagnostic> compiler = diagnostics(o.messagesFor(s.file()));
        String reason = withProblemReason(s, CompileVerdict.expectedErrorMissing(s, o, compiler));
        return new SnippetResult(s.path(), s.facts().hasMain() ? SnippetKind.RUNNABLE : SnippetKind.HELPER,
                reason == null ? Status.VERIFIED : Status.FAILED, reason, s.code(), regions(s),
                CompileVerdict.asOutput(compiler), false, "", false, null, 0, jdk.version(), withProblems(s, compiler),
                false, null);
    }

    // ---- run ---------------------------------------------------------------------------------------------

    private SnippetResult runAndJudge(Snippet s, Jdk jdk, Path classes, List<Diagnostic> diags, Path runDir,
                                      AtomicInteger ids) {
        Duration timeout = s.options().timeout() != null ? s.options().timeout() : config.defaultTimeout();
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < options.repeat(); i++) {
            Path work = runDir.resolve("work").resolve("r" + ids.incrementAndGet());
            var lock = s.options().exclusive() ? runLock.writeLock() : runLock.readLock();
            lock.lock();
            try {
                runs.add(SnippetRunner.run(new SnippetRunner.Launch(jdk, classes, s.mainClass(), s.options().args(),
                        s.options().stdin(), timeout, repeatFlags(i, s.options().jvmFlags()), work)));
            } finally {
                lock.unlock();
                deleteTree(work);
            }
            if (i == 0 && RunVerdict.failure(s, runs.get(0), timeout, heap(s)) != null) {
                break;
            }
        }
        RunVerdict.Verdict v = RunVerdict.judge(s, runs, timeout, options.update() && s.problems().isEmpty(), heap(s));
        RunResult first = runs.get(0);
        String verdict = v.reason();
        if (options.update() && !s.problems().isEmpty() && verdict != null && verdict.contains("--update")) {
            // --update was asked for: advising it again would be wrong; say why nothing was written
            verdict = "golden files not written until that is fixed; then run verify --update again";
        }
        String reason = withProblemReason(s, verdict);
        return new SnippetResult(s.path(), SnippetKind.RUNNABLE, reason == null ? Status.VERIFIED : Status.FAILED,
                reason, s.code(), regions(s), first.stdout(), first.stdoutTruncated(), first.stderr(),
                first.stderrTruncated(), first.exitCode(), first.millis(), jdk.version(), diags, v.flaky(),
                first.threadDump());
    }

    /**
     * Identity hash codes are the same in every run of a JVM with the same flags, so output that depends on
     * them (an {@code Object}'s {@code toString}, the order of a {@code HashSet<Object>}) would look stable.
     * Repeated runs switch the identity-hash algorithm so that such output shows up as flaky.
     */
    static List<String> repeatFlags(int run, List<String> snippetFlags) {
        if (run == 0) {
            return snippetFlags;
        }
        List<String> flags = new ArrayList<>(List.of("-XX:+UnlockExperimentalVMOptions",
                "-XX:hashCode=" + (run % 2 == 1 ? 3 : 4)));
        flags.addAll(snippetFlags);
        return flags;
    }

    private static String heap(Snippet s) {
        String heap = "128m";
        for (String f : s.options().jvmFlags()) {
            Matcher m = XMX.matcher(f);
            if (m.matches()) {
                heap = m.group(1);
            }
        }
        return heap;
    }

    // ---- results -----------------------------------------------------------------------------------------

    private static String problemText(Snippet s) {
        return String.join("; ", s.problems().stream().map(p -> "line " + p.line() + ": " + p.message()).toList());
    }

    /** Problems of the snippet file itself, as diagnostics (code {@code notebake.snippet}), then javac's. */
    private List<Diagnostic> withProblems(Snippet s, List<Diagnostic> compiler) {
        List<Diagnostic> out = new ArrayList<>();
        for (SnippetProblem p : s.problems()) {
            out.add(new Diagnostic(s.path(), p.line(), 0, "ERROR", "notebake.snippet", p.message()));
        }
        out.addAll(compiler);
        return out;
    }

    /** The snippet's own problems (header, regions, layout) before any other reason; null when none. */
    private static String withProblemReason(Snippet s, String reason) {
        if (s.problems().isEmpty()) {
            return reason;
        }
        return reason == null ? problemText(s) : problemText(s) + "; " + reason;
    }

    /** The result of a snippet that was compiled but not run (a helper, or one that failed to compile). */
    private SnippetResult notRun(Snippet s, String reason, Jdk jdk, List<Diagnostic> diags) {
        String why = withProblemReason(s, reason);
        return new SnippetResult(s.path(), s.runnable() ? SnippetKind.RUNNABLE : SnippetKind.HELPER,
                why == null ? Status.VERIFIED : Status.FAILED, why, s.code(), regions(s), "", false, "", false, null,
                0, jdk.version(), diags, false, null);
    }

    private SnippetResult skipped(Snippet s, List<Jdk> jdks) {
        int release = s.options().release();
        String reason = "it needs Java " + release + " (release=" + release + ")" + " but no installed JDK is that new (found: " + String.join(", ",
                jdks.stream().map(Jdk::toString).toList()) + "); install one, or list its home in verify.jdks";
        return new SnippetResult(s.path(), s.runnable() ? SnippetKind.RUNNABLE : SnippetKind.HELPER, Status.SKIPPED,
                reason, s.code(), regions(s), "", false, "", false, null, 0, null, List.of(), false, null);
    }

    private static List<ShownRegion> regions(Snippet s) {
        List<ShownRegion> out = new ArrayList<>();
        for (Region r : s.regions()) {
            out.add(new ShownRegion(r.name(), r.code(), r.startLine()));
        }
        return out;
    }

    private void store(ResultCache cache, PlannedGroup p, Snippet s, SnippetResult verified) {
        SnippetResult r = verified.withSourceSha256(s.sourceSha256());
        results.put(r.path(), r);
        if (r.status() == Status.VERIFIED && options.useCache()) {
            try {
                // keyed after the run: under --update the golden files may just have been written
                CacheKey key = key(s, p.group(), p.jdk());
                cache.store(r.path(), key, JSON.writeValueAsBytes(r));
                liveKeys.add(key.hash());
            } catch (IOException e) {
                // not caching only costs time
            }
        }
    }

    private static Optional<SnippetResult> decode(byte[] payload) {
        try {
            return Optional.of(JSON.readValue(payload, SnippetResult.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---- cache key ---------------------------------------------------------------------------------------

    private CacheKey key(Snippet s, CompilationGroup g, Jdk jdk) {
        CacheKey.Builder b = new CacheKey.Builder()
                .add("source", s.source())
                .add("options", s.options().canonical() + "|default-timeout=" + config.defaultTimeout())
                .add("golden " + s.stem() + ".out", GoldenFiles.read(GoldenFiles.outFile(s)).orElse(null))
                .add("golden " + s.stem() + ".err", GoldenFiles.read(GoldenFiles.errFile(s)).orElse(null))
                .add("jdk", jdk.version() + " " + jdk.home())
                .add("jvm-flags", String.join(" ", SnippetRunner.FIXED_FLAGS))
                .add("verifier", VERSION + " repeat=" + options.repeat());
        for (Snippet other : g.snippets()) {
            if (other != s) {
                b.add("helper " + other.path(), other.source());
            }
        }
        return b.build();
    }

    /** Removes run folders left by verifier processes that were killed (their pid is gone). */
    private static void deleteAbandonedRunFolders(Path tmp) {
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path dir : s.toList()) {
                Matcher m = RUN_FOLDER.matcher(dir.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(h -> !h.isAlive()).orElse(true)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // housekeeping only
        }
    }

    private static final Pattern RUN_FOLDER = Pattern.compile("verify-(\\d+)-\\d+");

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next clean; it is under target/
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // likewise
        }
    }
}
