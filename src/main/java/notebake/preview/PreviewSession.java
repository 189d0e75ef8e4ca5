package notebake.preview;

import notebake.config.Config;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code serve} command's loop: build once, serve the site on localhost, then for every batch of source
 * changes rebuild what changed and reload the open pages (or show the build errors on them). Runs until the
 * thread is interrupted or {@link #close()} is called.
 */
public final class PreviewSession implements AutoCloseable {

    private final Config config;
    private final SiteRebuild rebuild;
    private final PrintStream log;
    private final PreviewServer server;
    private final SourceWatcher watcher;
    private final AssetSync assets;
    private volatile Listener listener = (changes, outcome, millis) -> { };

    /** Told after every rebuild; the benchmark uses it to split the save-to-reload time. */
    @FunctionalInterface
    public interface Listener {
        void rebuilt(ChangeSet changes, BuildOutcome outcome, long millis);
    }

    /**
     * Builds the whole site, then starts the server and the watcher.
     *
     * @param port port on 127.0.0.1, 0 for any free port
     */
    public PreviewSession(Config config, SiteRebuild rebuild, int port, PrintStream log) throws Exception {
        this.config = config;
        this.rebuild = rebuild;
        this.log = log;
        // the port first (a port in use fails at once), and the watcher before the build, so that a file saved
        // during the first build is rebuilt right after it
        this.server = new PreviewServer(config.siteDir(), port);
        SourceWatcher started = null;
        try {
            Map<Path, ChangeSet.Kind> roots = new LinkedHashMap<>();
            roots.put(config.contentDir(), ChangeSet.Kind.CONTENT);
            roots.put(config.templatesDir(), ChangeSet.Kind.TEMPLATE);
            roots.put(config.assetsDir(), ChangeSet.Kind.ASSET);
            roots.put(config.snippetsDir(), ChangeSet.Kind.SNIPPET);
            started = new SourceWatcher(roots, config.source(), config.source().resolve("notebake.properties"));
            this.watcher = started;
            this.assets = new AssetSync(config.assetsDir(), config.siteDir());
            log.println("Building " + config.source() + " for " + server.url() + " ...");
            long start = System.nanoTime();
            BuildOutcome first = rebuild.build(null);
            report(first, "initial build", millisSince(start));
            if (first.ok()) {
                server.reload();
            } else {
                server.failed(String.join("\n", first.problems()));
            }
        } catch (Exception | Error e) {
            if (started != null) {
                started.close();
            }
            server.close();
            throw e;
        }
    }

    public String url() {
        return server.url();
    }

    public void onRebuilt(Listener listener) {
        this.listener = listener;
    }

    /** Watches and rebuilds until interrupted or closed. */
    public void run() throws InterruptedException {
        log.println("Previewing " + config.source() + " at " + server.url() + " (Ctrl+C to stop)");
        while (!Thread.currentThread().isInterrupted()) {
            ChangeSet changes = watcher.next(SourceWatcher.defaultQuiet());
            if (changes == null) {
                return; // closed
            }
            long start = System.nanoTime();
            BuildOutcome outcome = rebuildFor(changes);
            long millis = millisSince(start);
            report(outcome, "changed " + describe(changes), millis);
            if (outcome.ok()) {
                server.reload();
            } else {
                server.failed(String.join("\n", outcome.problems()));
            }
            listener.rebuilt(changes, outcome, millis);
        }
    }

    private BuildOutcome rebuildFor(ChangeSet changes) {
        try {
            if (changes.onlyAssets()) {
                int n = assets.apply(changes.of(ChangeSet.Kind.ASSET));
                return BuildOutcome.success(n + " asset(s) copied");
            }
            return rebuild.build(changes);
        } catch (IOException e) {
            return BuildOutcome.failure(java.util.List.of("cannot update " + config.siteDir() + ": " + e.getMessage()));
        } catch (Exception e) {
            // a crash of the builder must not end the preview: show it and keep watching
            return BuildOutcome.failure(java.util.List.of("the build crashed: " + e));
        }
    }

    private String describe(ChangeSet changes) {
        var all = changes.all();
        Path source = config.source().toAbsolutePath().normalize();
        String first = source.relativize(all.get(0).toAbsolutePath().normalize()).toString();
        return all.size() == 1 ? first : first + " and " + (all.size() - 1) + " more";
    }

    private void report(BuildOutcome outcome, String what, long millis) {
        if (outcome.ok()) {
            log.printf("✓ %s: rebuilt in %d ms (%s)%n", what, millis, outcome.summary());
        } else {
            log.printf("✗ %s: build failed in %d ms; still serving the previous build%n", what, millis);
            outcome.problems().forEach(p -> log.println("  " + p));
        }
        log.flush();
    }

    private static long millisSince(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        server.close();
    }
}
