import notebake.BuildOptions;
import notebake.BuildReport;
import notebake.Notebake;
import notebake.config.ConfigLoader;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import notebake.verify.VerificationReport;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Site builder benchmark (not a unit test): synthetic sites of N notes, each with a snippet reference (results
 * given, as if cached, with each snippet file on disk and its hash, which the build checks), baked by Notebake; and the same notes without references baked by plain JBake 2.7 with
 * its stock Markdown engine and renderers, in the same JVM. Run with bench/site/run.sh.
 */
public final class SiteBench {

    private static final int REPS = 3;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "bench/work/site").toAbsolutePath();
        boolean withJBake = !(args.length > 1 && args[1].equals("notebake-only"));
        int[] sizes = {1000, 2000};
        // Warm up both paths first, Notebake on a full-size site, so that neither size pays the JVM's JIT
        // warm-up or OrientDB's start-up alone (with a small warm-up the 1,000-note runs paid for it and the
        // 2,000/1,000 ratio looked better than it is).
        notebake(work.resolve("warm"), sizes[0]);
        if (withJBake) {
            jbake(work.resolve("warm-jbake"), 300);
        }
        notebake(work.resolve("warm"), sizes[0]);
        BuildReport[] best = new BuildReport[sizes.length];
        long[] bestCpu = new long[sizes.length];
        long[] jb = {Long.MAX_VALUE, Long.MAX_VALUE};
        long[] jbCpu = new long[sizes.length];
        // Interleaved (both sizes, both builders in every round), so all see the same machine load; the best
        // run of each counts. Plain JBake at 2,000 notes takes about a minute: once.
        for (int rep = 0; rep < REPS; rep++) {
            for (int i = 0; i < sizes.length; i++) {
                int n = sizes[i];
                long cpu0 = cpu();
                BuildReport r = notebake(work.resolve("nb-" + n), n);
                long cpu = (cpu() - cpu0) / 1_000_000;
                if (best[i] == null || r.totalMillis() < best[i].totalMillis()) {
                    best[i] = r;
                    bestCpu[i] = cpu;
                }
                if (withJBake && (n <= 1000 || rep == 0)) {
                    long c0 = cpu();
                    long t = jbake(work.resolve("jb-" + n), n);
                    long c = (cpu() - c0) / 1_000_000;
                    if (t < jb[i]) {
                        jb[i] = t;
                        jbCpu[i] = c;
                    }
                }
            }
        }
        List<String> rows = new ArrayList<>();
        long[] nb = new long[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            BuildReport b = best[i];
            nb[i] = b.totalMillis();
            long other = b.totalMillis() - b.renderMillis() - b.bakeMillis() - b.postMillis();
            rows.add(String.format("| Notebake | %d | %d | %d | Markdown+snippet blocks %d · JBake store start %d · "
                            + "crawl+insert %d · templates %d · assets/other bake %d · Jsoup post-pass %d · "
                            + "search index/swap %d |", sizes[i], b.totalMillis(), bestCpu[i], b.renderMillis(),
                    b.storeMillis(), b.crawlMillis(), b.templateMillis(),
                    b.bakeMillis() - b.storeMillis() - b.crawlMillis() - b.templateMillis(),
                    b.postMillis(), other));
            rows.add(String.format("| plain JBake 2.7 | %d | %d | %d | stock MarkdownEngine + DocumentsRenderer |",
                    sizes[i], jb[i], jbCpu[i]));
        }
        System.out.println("| builder | notes | wall ms (best) | CPU ms | where Notebake's time goes (ms) |");
        System.out.println("|---|---|---|---|---|");
        rows.forEach(System.out::println);
        if (!withJBake) {
            jb[0] = 1;
            jb[1] = 1;
        }
        System.out.printf("Notebake vs plain JBake at %d notes: %.2fx faster%n", sizes[0], (double) jb[0] / nb[0]);
        System.out.printf("Notebake %d / %d notes: %.2fx its own time%n", sizes[1], sizes[0], (double) nb[1] / nb[0]);
        System.out.printf("plain JBake %d / %d notes: %.2fx its own time%n", sizes[1], sizes[0], (double) jb[1] / jb[0]);
        System.out.printf("load average at the end: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        Notebake.shutdown();
    }

    /**
     * Sections of about 100 notes: a bigger knowledge base has more sections, not longer ones. (Every page's
     * sidebar lists the pages of its section, so page size follows section size; see bench/RESULTS.md.)
     */
    static int sectionsFor(int n) {
        return Math.max(1, n / 100);
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String body(int i, boolean reference) {
        StringBuilder b = new StringBuilder();
        b.append("Note ").append(i).append(" explains an idea in a few paragraphs, with *emphasis*, `code` and a ")
                .append("[link](https://example.org/").append(i).append(").\n\n");
        b.append("## How it works\n\n");
        for (int p = 0; p < 3; p++) {
            b.append("A paragraph of explanation number ").append(p).append(" for note ").append(i)
                    .append(", long enough to look like real prose about Java and Python side by side.\n\n");
        }
        b.append("```python\nfor x in range(3):\n    print(x)\n```\n\n");
        if (reference) {
            b.append("```snippet bench/n").append(i).append("/Demo.java\n```\n\n");
        }
        b.append("## Summary\n\n- one\n- two\n- three\n");
        return b.toString();
    }

    private static BuildReport notebake(Path root, int n) throws Exception {
        reset(root);
        Files.createDirectories(root.resolve("content"));
        StringBuilder sections = new StringBuilder();
        for (int s = 0; s < sectionsFor(n); s++) {
            sections.append("- key: s").append(s).append("\n  title: Section ").append(s).append("\n  summary: S.\n");
        }
        Files.writeString(root.resolve("content/sections.yml"), sections);
        List<SnippetResult> results = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int sec = i % sectionsFor(n);
            Path f = root.resolve("content/s" + sec + "/note-" + i + ".md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "---\ntitle: Note " + i + "\ndate: 2026-11-23\nsection: s" + sec + "\norder: " + i
                    + "\ntags: [t" + (i % 20) + ", bench]\nsummary: Note " + i + ".\n---\n" + body(i, true),
                    StandardCharsets.UTF_8);
            String code = "public class Demo {\n    public static void main(String[] a) {\n        System.out.println("
                    + i + ");\n    }\n}\n";
            // the snippet file and its hash, as the verifier records them: the build checks every one is unchanged
            Path snippet = root.resolve("snippets/bench/n" + i + "/Demo.java");
            Files.createDirectories(snippet.getParent());
            byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
            Files.write(snippet, bytes);
            String sha256 = java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            results.add(new SnippetResult("bench/n" + i + "/Demo.java", SnippetKind.RUNNABLE, Status.VERIFIED, null,
                    code, List.of(), i + "\n", false, "", false, 0, 40, "17.0.15", List.of(), false, null, sha256));
        }
        VerificationReport report = new VerificationReport(1, root.resolve("snippets").toString(), results);
        return Notebake.build(ConfigLoader.load(root), BuildOptions.strict(), report);
    }

    private static long jbake(Path root, int n) throws Exception {
        reset(root);
        Path content = root.resolve("content");
        Path templates = root.resolve("templates");
        Files.createDirectories(content);
        Files.createDirectories(templates);
        for (int i = 0; i < n; i++) {
            Path f = content.resolve("s" + (i % sectionsFor(n)) + "/note-" + i + ".md");
            Files.createDirectories(f.getParent());
            Files.writeString(f, "title=Note " + i + "\ndate=2026-11-23\ntype=post\nstatus=published\ntags=t" + (i % 20)
                    + ", bench\n~~~~~~\n" + body(i, false), StandardCharsets.UTF_8);
        }
        String page = "<html><head><title>${(content.title)!\"\"}</title></head><body>${(content.body)!\"\"}"
                + "<#if content.previousContent??><a href=\"${content.rootpath}${content.previousContent.uri}\">prev</a></#if>"
                + "<#if content.nextContent??><a href=\"${content.rootpath}${content.nextContent.uri}\">next</a></#if>"
                + "</body></html>";
        String list = "<html><body><#list published_posts as p><a href=\"${p.uri}\">${p.title}</a></#list></body></html>";
        Files.writeString(templates.resolve("post.ftl"), page);
        Files.writeString(templates.resolve("page.ftl"), page);
        Files.writeString(templates.resolve("index.ftl"), list);
        Files.writeString(templates.resolve("archive.ftl"), list);
        Files.writeString(templates.resolve("feed.ftl"), "<feed><#list published_posts as p><entry>${p.title}</entry></#list></feed>");
        Files.writeString(templates.resolve("tags.ftl"), "<html><body><#list tag_posts as p>${p.title}</#list></body></html>");
        Files.writeString(templates.resolve("sitemap.ftl"), "<urlset><#list published_content as p><url>${p.uri}</url></#list></urlset>");
        Engines.register("md", new MarkdownEngine());
        long start = System.nanoTime();
        DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(root.toFile(), root.resolve("output").toFile(), true);
        cfg.setDatabaseStore("memory");
        cfg.setProperty("render.sitemap", true);
        Oven oven = new Oven(cfg);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            throw new IllegalStateException("plain JBake failed: " + oven.getErrors());
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void reset(Path root) throws Exception {
        if (Files.exists(root)) {
            try (Stream<Path> w = Files.walk(root)) {
                w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(root);
    }
}
