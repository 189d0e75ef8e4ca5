package notebake;

import notebake.bake.BakeInput;
import notebake.bake.BakeResult;
import notebake.bake.JBakeAdapter;
import notebake.bake.SitePlanner;
import notebake.config.Config;
import notebake.internal.BuildInterruption;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.postpass.PostPass;
import notebake.render.NoteRenderer;
import notebake.render.RenderedNote;
import notebake.render.Section;
import notebake.render.SectionsFile;
import notebake.render.SnippetLookup;
import notebake.render.TopicCoverage;
import notebake.render.TopicList;
import notebake.site.BuiltIns;
import notebake.site.SiteSwap;
import notebake.verify.ResultsFile;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.VerificationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The library's front door. {@link #build} reads like the pipeline: verifier results → render notes → plan the
 * site → bake with JBake into a staging folder → post-pass (anchors, TOC, link check, sitemap, search index) → swap into
 * target/site. Problems are collected and thrown together as a {@link ProblemException}.
 */
public final class Notebake {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Notebake() {
    }

    /** Builds the site from the results file the verifier wrote ({@link Config#resultsFile()}). */
    public static BuildReport build(Config config, BuildOptions options) {
        return build(config, options, ResultsFile.read(config.resultsFile()));
    }

    /** Builds the site from verification results already in hand. */
    public static BuildReport build(Config config, BuildOptions options, VerificationReport results) {
        return buildSite(config, options, results, false).report();
    }

    /**
     * Builds the site like {@link #build(Config, BuildOptions, VerificationReport)} and keeps what the build
     * learnt in memory, so that later note edits can be applied page by page ({@link WarmSite}, live preview).
     */
    public static WarmSite buildWarm(Config config, BuildOptions options, VerificationReport results) {
        return buildSite(config, options, results, true);
    }

    private static WarmSite buildSite(Config config, BuildOptions options, VerificationReport results,
                                      boolean keep) {
        long start = System.nanoTime();
        JBakeAdapter.prepare(); // before anything is written (see there)
        SnippetLookup snippets = snippetLookup(config, results);
        String repositoryBase = repositoryBase(config);

        // 3. render: every note's front matter and Markdown, with verified snippet blocks
        List<Section> sections = SectionsFile.read(config.contentDir().resolve(SectionsFile.NAME),
                shown(config, config.contentDir().resolve(SectionsFile.NAME)));
        NoteRenderer renderer = new NoteRenderer(snippets, repositoryBase, options.allowFailures());
        List<Problem> problems = new ArrayList<>();
        List<Path> entries = contentEntries(config.contentDir());
        List<Path> files = entries.stream()
                .filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".md")).toList();
        for (Path file : files) {
            String rel = config.contentDir().relativize(file).toString();
            for (String part : rel.split("[/\\\\]")) {
                if (!FILE_NAME.matcher(part).matches()) {
                    problems.add(new Problem(shown(config, file), 0, "'" + part + "' cannot be part of a page "
                            + "address: use only ASCII letters, digits, '-', '_' and '.', starting with a letter or "
                            + "digit (kebab-case, e.g. closures-and-scope.md)"));
                }
            }
        }
        // notes are independent: render them in parallel, keep file order
        List<RenderedNote> notes = files.parallelStream()
                .map(file -> renderer.render(file,
                        config.contentDir().relativize(file).toString().replace('\\', '/'), shown(config, file)))
                .toList();
        notes.forEach(n -> problems.addAll(n.problems()));
        long rendered = System.nanoTime();

        // plan: sections, order, prev/next, tags, sources, topic map
        TopicList topics = TopicList.read(config.source().resolve("topics"), "topics");
        TopicCoverage coverage = new TopicCoverage(topics, notes, "topics/pending.txt");
        SitePlanner.Planned planned = SitePlanner.plan(config.siteTitle(), config.siteUrl(), sections, notes,
                snippets, repositoryBase, topics, coverage);
        if (!planned.problems().isEmpty()) { // a site that cannot be planned cannot be baked
            problems.addAll(planned.problems());
            throw new ProblemException(problems);
        }
        // Problems in the notes (a failed or missing snippet, bad front matter in one note...) do not stop the bake
        // into the staging folder: its link check adds the broken links, and all are reported together. Such a
        // build never replaces the previous site.
        List<Problem> noteProblems = List.copyOf(problems);
        List<Problem> warnings = new ArrayList<>(coverage.problems());
        warnings.addAll(unreferenced(results, notes, config));
        warnings.addAll(notNotes(config, entries));
        if (notes.isEmpty()) {
            warnings.add(new Problem(config.contentDir().toString(), 0, "no notes, so the site has only its home "
                    + "page; a note is content/<section>/<page>.md with front matter (see the authoring guide)"));
        }

        // 4-6. bake into a staging folder, post-pass, swap into place
        BuildInterruption.check();
        SiteSwap swap = SiteSwap.begin(config.siteDir());
        try {
            Path staging = swap.staging();
            Path work = config.workDir().resolve("site-build");
            Path templates = work.resolve("templates");
            SiteSwapCleaner.clear(work);
            boolean customTemplates = BuiltIns.materializeTemplates(templates, config.templatesDir());
            BuiltIns.writeAssets(staging);
            BuiltIns.copyUserAssets(config.assetsDir(), staging); // over the built-ins: they may replace them
            BakeResult baked = new JBakeAdapter().bake(new BakeInput(planned.plan(), notes, config.source(),
                    config.contentDir(), templates, work, staging, customTemplates, keep));
            Map<String, String> sourceOfPage = new HashMap<>();
            for (RenderedNote n : notes) {
                sourceOfPage.put(n.uri(), shown(config, n.file()));
            }
            BuildInterruption.check();
            PostPass.Result post;
            try {
                post = new PostPass().run(staging, config.siteUrl(), sourceOfPage, keep);
            } catch (ProblemException linkProblems) {
                List<Problem> all = new ArrayList<>(noteProblems);
                all.addAll(linkProblems.problems());
                throw new ProblemException(all);
            }
            if (!noteProblems.isEmpty()) {
                throw new ProblemException(noteProblems);
            }
            BuildInterruption.check(); // an interrupted build never replaces the previous site
            swap.commit();
            long end = System.nanoTime();
            BuildReport report = new BuildReport(config.siteDir(), baked.notes(), post.pages(), post.linksChecked(),
                    warnings, (rendered - start) / 1_000_000, baked.millis(), baked.storeMillis(),
                    baked.crawlMillis(), baked.renderMillis(), post.millis(), (end - start) / 1_000_000,
                    customTemplates);
            return keep ? new WarmSite(config, report, renderer, notes, baked.pages(), post.graph(),
                    new WarmSite.Planning(sections, snippets, repositoryBase, topics, results,
                            options.allowFailures())) : new WarmSite(report);
        } catch (RuntimeException | Error e) {
            swap.abort();
            if (BuildInterruption.requested() && !(e instanceof BuildInterruption.Interrupted)) {
                // JBake's store closed under the build by the JVM's shutdown: the cause is the interruption
                throw new BuildInterruption.Interrupted();
            }
            if (!noteProblems.isEmpty() && !(e instanceof ProblemException)) {
                // baking notes that have problems went wrong: those problems are the ones to fix first
                throw new ProblemException(noteProblems);
            }
            throw e;
        }
    }

    /** Call once before the JVM exits after building (stops JBake's database threads). */
    public static void shutdown() {
        JBakeAdapter.shutdown();
    }

    private static List<Problem> unreferenced(VerificationReport results, List<RenderedNote> notes, Config config) {
        Set<String> used = new HashSet<>();
        notes.forEach(n -> used.addAll(n.snippetsUsed()));
        List<Problem> out = new ArrayList<>();
        for (SnippetResult r : results.snippets()) {
            if (r.kind() == SnippetKind.RUNNABLE && !used.contains(r.path())) {
                out.add(new Problem(shown(config, config.snippetsDir().resolve(r.path())), 0,
                        "no note references this snippet"));
            }
        }
        return out;
    }

    private static String repositoryBase(Config config) {
        String repo = config.repositoryUrl();
        if (repo == null || repo.isBlank()) {
            return "";
        }
        String base = repo.endsWith("/") ? repo : repo + "/";
        String snippets = config.source().relativize(config.snippetsDir()).toString().replace('\\', '/');
        return base + (snippets.isEmpty() ? "" : snippets + "/");
    }

    /** Every file and folder under content/ but hidden ones, sorted: one walk for the notes and {@link #notNotes}. */
    private static List<Path> contentEntries(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new ProblemException(new Problem(contentDir.toString(), 0,
                    "no content folder; notes go in content/<section>/<page>.md"));
        }
        try (Stream<Path> walk = Files.walk(contentDir)) {
            return walk.filter(p -> !hidden(contentDir.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file or folder whose name starts with '.' (editors' backups, .git...): never a note. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Markdown under content/ that is not a note: other endings ({@code .markdown}, {@code .MD}), which the bake
     * would copy to the site as plain files, and folders named like notes.
     */
    private static List<Problem> notNotes(Config config, List<Path> contentEntries) {
        return contentEntries.stream()
                .filter(p -> {
                    String name = p.getFileName().toString();
                    String lower = name.toLowerCase(java.util.Locale.ROOT);
                    return Files.isDirectory(p) ? name.endsWith(".md")
                            : (lower.endsWith(".md") || lower.endsWith(".markdown")) && !name.endsWith(".md");
                })
                .map(p -> new Problem(shown(config, p), 0, Files.isDirectory(p)
                        ? "a folder named like a note is not a note; rename it"
                        : "not a note (notes end in .md, lower case), so it is copied to the site as a plain "
                        + "file; rename it to " + p.getFileName().toString().replaceFirst("(?i)\\.(md|markdown)$", ".md")
                        + " to make it a page"))
                .toList();
    }

    /**
     * The results for rendering, read against the snippets folder: every referenced snippet file is checked against
     * the hash it was verified with (code edited after `verify` is never published as verified), and its real line
     * numbers are read from it.
     */
    static SnippetLookup snippetLookup(Config config, VerificationReport results) {
        return new SnippetLookup(results, config.snippetsDir(), shown(config, config.snippetsDir()) + "/");
    }

    static String shown(Config config, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.startsWith(config.source()) ? config.source().relativize(abs).toString().replace('\\', '/')
                : abs.toString();
    }

    /** Clears Notebake's own scratch folder under target/. */
    private static final class SiteSwapCleaner {
        static void clear(Path work) {
            try {
                if (Files.exists(work)) {
                    try (Stream<Path> walk = Files.walk(work)) {
                        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                Files.createDirectories(work);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
