import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.preview.PreviewBuild;
import notebake.preview.PreviewSession;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Live-preview benchmark (not a unit test): the time from saving a note to the reloaded page in a real browser.
 * Run from the repository root with bench/preview-reload.sh [SOURCE] [NOTE] [N] [EDIT].
 *
 * The source folder (default: the browser tests' fixture site) is copied to target/bench-preview/source, served by
 * an in-process `serve` session, and one note is opened in headless Chromium. N times, the note is edited: EDIT
 * `body` (default) appends a paragraph (one page updated in place), `title` changes its title (navigation: the
 * pages that show it are updated in place), `tag` adds a new tag (a new tag page: a full build), `snippet` appends
 * a comment to the note's first snippet with its source page open (verified again, the note and that page updated
 * in place); the clock starts just before the write and stops at the reloaded page's load event (the page's
 * own performance timeline, so polling adds no error). Each edit is split into: change detected (watcher and
 * its 80 ms quiet period), rebuild, and reload (Server-Sent Event, then the browser loading the page).
 * Finally the served site is compared, file by file, with a full build of the edited sources.
 */
public class PreviewReloadBench {

    static final Path WORK = Path.of("target/bench-preview").toAbsolutePath();

    public static void main(String[] args) throws Exception {
        Path from = Path.of(args.length > 0 && !args[0].isEmpty() ? args[0] : "src/test/resources/reader-site").toAbsolutePath().normalize();
        String note = args.length > 1 ? args[1] : "threads/thread-local.md";
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        String edit = args.length > 3 ? args[3] : "body";
        if (!List.of("body", "title", "tag", "snippet").contains(edit)) {
            throw new IllegalArgumentException("EDIT is body, title, tag or snippet, not " + edit);
        }
        Path source = WORK.resolve("source");
        copySource(from, source);
        Config config = ConfigLoader.load(source);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        long startBuild = System.nanoTime();
        PreviewSession session = new PreviewSession(config, new PreviewBuild(config, true), 0,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        long initialMillis = (System.nanoTime() - startBuild) / 1_000_000;
        AtomicLong rebuiltAt = new AtomicLong();
        AtomicLong rebuildMillis = new AtomicLong();
        session.onRebuilt((changes, outcome, millis) -> {
            rebuildMillis.set(millis);
            rebuiltAt.set(System.currentTimeMillis());
        });
        Thread loop = new Thread(() -> {
            try {
                session.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        loop.setDaemon(true);
        loop.start();

        ChromeDriver driver = chromium();
        try {
            String page = note.replaceAll("\\.md$", ".html");
            Path file = config.contentDir().resolve(note);
            if (edit.equals("snippet")) { // the note's first snippet, and its source page, which shows all of it
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("```snippet ([^#\\s]+)")
                        .matcher(Files.readString(file, StandardCharsets.UTF_8));
                if (!m.find()) {
                    throw new IllegalArgumentException(note + " uses no snippet");
                }
                file = config.snippetsDir().resolve(m.group(1));
                page = "snippets/" + m.group(1) + ".html";
            }
            driver.get(session.url() + page);
            List<long[]> rows = new ArrayList<>();
            for (int i = 1; i <= n + 1; i++) {           // the first edit warms the JIT; it is not counted
                String marker = "benchmark-edit-" + i + "-" + System.nanoTime();
                rebuiltAt.set(0);
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long t0 = System.currentTimeMillis();
                String edited = switch (edit) {
                    case "body" -> text + "\n\nParagraph " + marker + ".\n";
                    case "title" -> text.replaceFirst("(?m)^title: (.*?)( benchmark-edit-.*)?$", "title: $1 " + marker);
                    // a comment at the end of the note's first snippet: verified again, its pages updated
                    case "snippet" -> text + "// " + marker + "\n";
                    // a new tag each time: a new tag page, which the preview does not add page by page
                    default -> text.replaceFirst("(?m)^tags: \\[(.*?)(, benchmark-edit-[^\\]]*)?\\]$",
                            "tags: [$1, " + marker + "]");
                };
                Files.writeString(file, edited, StandardCharsets.UTF_8);
                long deadline = System.currentTimeMillis() + 120_000;
                Object loaded = null;
                while (System.currentTimeMillis() < deadline) {
                    loaded = ((JavascriptExecutor) driver).executeScript(
                            "if (document.readyState !== 'complete' || !document.body.textContent.includes(arguments[0])) return null;"
                                    + "var nav = performance.getEntriesByType('navigation')[0];"
                                    + "return performance.timeOrigin + (nav.loadEventEnd || nav.domContentLoadedEventEnd);", marker);
                    if (loaded != null) {
                        break;
                    }
                    Thread.sleep(5);
                }
                if (loaded == null) {
                    throw new IllegalStateException("the page did not reload within 120 s; log:\n" + log);
                }
                long tLoaded = Math.round(((Number) loaded).doubleValue());
                long built = rebuildMillis.get();
                long detected = rebuiltAt.get() - built - t0;
                long reload = tLoaded - rebuiltAt.get();
                if (i > 1) {
                    rows.add(new long[]{tLoaded - t0, detected, built, reload});
                }
                Thread.sleep(300);
            }
            report(from, note + " (" + edit + " edit)", n, initialMillis, rows, config);
            List<String> lines = log.toString(StandardCharsets.UTF_8).lines().toList();
            System.out.println("\nlast rebuilds, as `serve` logs them:");
            lines.subList(Math.max(0, lines.size() - 3), lines.size()).forEach(l -> System.out.println("  " + l));
        } finally {
            driver.quit();
            session.close();
        }
        sameAsFullBuild(config);
    }

    /** The served site after the edits, compared file by file with a full build of the edited sources. */
    static void sameAsFullBuild(Config config) throws Exception {
        java.util.Map<String, byte[]> served = tree(config.siteDir());
        notebake.Notebake.build(config, new notebake.BuildOptions(true));
        java.util.Map<String, byte[]> full = tree(config.siteDir());
        List<String> differ = new ArrayList<>();
        full.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, served.get(path))) {
                differ.add(path);
            }
        });
        served.keySet().stream().filter(p -> !full.containsKey(p)).forEach(differ::add);
        System.out.println(differ.isEmpty()
                ? "\nthe served site after the edits is identical to a full build of the edited sources ("
                        + full.size() + " files)"
                : "\nDIFFERS from a full build of the edited sources: " + differ);
    }

    static java.util.Map<String, byte[]> tree(Path root) throws Exception {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static void report(Path from, String note, int n, long initialMillis, List<long[]> rows, Config config) throws Exception {
        long pages;
        try (Stream<Path> s = Files.walk(config.siteDir())) {
            pages = s.filter(p -> p.toString().endsWith(".html")).count();
        }
        System.out.printf(Locale.ROOT, "source: %s (%d pages), note edited: %s, %d edits, %d cores, Java %s%n",
                from, pages, note, n, Runtime.getRuntime().availableProcessors(), Runtime.version());
        System.out.printf(Locale.ROOT, "initial build (verify, cached results reused, + bake, cold JVM): %d ms%n%n", initialMillis);
        System.out.println("| ms | median | p90 | min | max |");
        System.out.println("|---|---|---|---|---|");
        String[] names = {"save → reloaded page", "change detected (watch + 80 ms quiet)", "rebuild", "reload (event + page load)"};
        for (int c = 0; c < names.length; c++) {
            final int col = c;
            long[] v = rows.stream().mapToLong(r -> r[col]).sorted().toArray();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", names[c], v[v.length / 2],
                    v[Math.min(v.length - 1, (int) Math.ceil(v.length * 0.9) - 1)], v[0], v[v.length - 1]);
        }
    }

    static ChromeDriver chromium() throws Exception {
        String driverPath = System.getProperty("notebake.chromedriver", "/usr/bin/chromedriver");
        System.setProperty("webdriver.chrome.driver", driverPath);
        Path profile = Files.createTempDirectory("bench-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("notebake.chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driverPath)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Copies the source parts afresh; the copy's target/ (the verifier's cache) is kept between runs. */
    static void copySource(Path from, Path to) throws Exception {
        for (String part : List.of("content", "snippets", "templates", "assets", "topics", "notebake.properties")) {
            Path old = to.resolve(part);
            if (Files.exists(old)) {
                try (Stream<Path> walk = Files.walk(old)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path src = from.resolve(part);
            if (!Files.exists(src)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(src)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
