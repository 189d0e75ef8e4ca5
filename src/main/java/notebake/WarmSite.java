package notebake;

import notebake.bake.KeptPages;
import notebake.bake.SitePlanner;
import notebake.config.Config;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.postpass.PageGraph;
import notebake.render.FrontMatter;
import notebake.render.NoteRenderer;
import notebake.render.RenderedNote;
import notebake.render.Section;
import notebake.render.SnippetLookup;
import notebake.render.TopicCoverage;
import notebake.render.TopicList;
import notebake.site.InPlaceUpdate;
import notebake.verify.SnippetResult;
import notebake.verify.VerificationReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A site just built into target/site, with what the build learnt kept in memory (the rendered notes, every page's
 * template model and output, the post-pass's page graph and search documents), so that the live preview can apply
 * edits of existing notes page by page instead of building everything again:
 * <ul>
 *   <li>the common edit, the body (or aliases) of a note: the note is rendered again (Markdown and snippet
 *   blocks), put through its template and the post-pass, the links that involve it are checked (its own, and
 *   other pages' links into its anchors, found in the page graph), its search documents replaced, and the page and
 *   the search index written in place atomically;</li>
 *   <li>an edit that shows on other pages (title, date, section, order, tags, summary, topics, the snippets a
 *   note uses): the site is planned again, the pages that may change (the edited notes' sections, the generated
 *   pages, the source pages of their snippets, the feed) are rendered from their kept models, and those whose
 *   output differs go through the post-pass and are written.</li>
 * </ul>
 * The result is the same, byte for byte, as a full build of the same sources. What cannot be applied this way
 * (a new, deleted or renamed note; pages added or removed, e.g. a new tag; anything but a note; custom templates,
 * which may read JBake's store) is left to a full build: {@link #applyNoteEdits} says so and writes nothing.
 * Not thread-safe: one preview loop.
 */
public final class WarmSite {

    private final BuildReport report;
    private final Config config;
    private NoteRenderer renderer;
    private final Map<Path, RenderedNote> notesByFile = new HashMap<>();
    private final List<RenderedNote> notes = new ArrayList<>();
    private final KeptPages pages;
    private final PageGraph graph;
    private Planning planning;

    /** What planning the site again needs besides the notes: the inputs of {@link SitePlanner#plan}. */
    record Planning(List<Section> sections, SnippetLookup snippets, String repositoryBase, TopicList topics,
                    VerificationReport results, boolean allowFailures) {

        Planning with(VerificationReport newResults, SnippetLookup lookup) {
            return new Planning(sections, lookup, repositoryBase, topics, newResults, allowFailures);
        }
    }

    /** A build that kept nothing: every edit needs a full build. */
    WarmSite(BuildReport report) {
        this(null, report, null, List.of(), null, null, null);
    }

    WarmSite(Config config, BuildReport report, NoteRenderer renderer, List<RenderedNote> notes, KeptPages pages,
             PageGraph graph, Planning planning) {
        this.report = report;
        this.config = config;
        this.renderer = renderer;
        this.notes.addAll(notes);
        for (RenderedNote n : notes) {
            notesByFile.put(n.file().toAbsolutePath().normalize(), n);
        }
        this.pages = pages;
        this.graph = graph;
        this.planning = planning;
    }

    /** The report of the full build this state comes from. */
    public BuildReport report() {
        return report;
    }

    /**
     * What applying edits did.
     *
     * @param applied      false when the edits need a full build ({@code reason} says why); nothing was written
     * @param reason       why a full build is needed (empty when applied)
     * @param pages        files written besides the search index (pages, and the feed when it changed)
     * @param linksChecked links checked
     * @param replanned    when the edits showed on other pages: what changed, and how many pages were rendered
     *                     to find those whose output differs (empty for body edits)
     * @param renderMillis Markdown and snippet blocks
     * @param templateMillis the page template
     * @param postMillis   post-pass, link check and search index
     * @param writeMillis  writing the files in place
     */
    public record Update(boolean applied, String reason, List<String> pages, int linksChecked, String replanned,
                         long renderMillis, long templateMillis, long postMillis, long writeMillis) {

        static Update fullBuild(String reason) {
            return new Update(false, reason, List.of(), 0, "", 0, 0, 0, 0);
        }

        public long totalMillis() {
            return renderMillis + templateMillis + postMillis + writeMillis;
        }
    }

    /**
     * Applies edits of files under content/ to the published site, page by page (see the class comment);
     * writes nothing and says so when a full build is needed. The snippets' results are those of the last build.
     *
     * @param changed changed files (absolute or relative to the working folder)
     * @throws ProblemException the problems a full build would report (a missing snippet region, a broken
     *                          link...); nothing was written and this state is unchanged
     */
    public Update applyNoteEdits(Collection<Path> changed) {
        return apply(changed, planning == null ? null : planning.results());
    }

    /**
     * Applies edits of notes and new verification results (after snippets changed) to the published site, page by
     * page: the notes that use a snippet whose result changed are rendered again with the edited ones, and the
     * snippets' source pages with them. Writes nothing and says so when a full build is needed (e.g. snippets
     * were added or removed).
     *
     * @param changed changed files under content/ (may be empty)
     * @param results the verifier's results now (the same as at the last build when no snippet changed)
     * @throws ProblemException the problems a full build would report; nothing was written and this state is
     *                          unchanged
     */
    public Update apply(Collection<Path> changed, VerificationReport results) {
        if (pages == null || graph == null) {
            // custom templates may read JBake's store, so their pages are never kept
            return Update.fullBuild(report.customTemplates() ? "custom templates"
                    : "the last build kept no page-by-page state");
        }
        long start = System.nanoTime();
        NoteRenderer renderer = this.renderer;
        Planning planning = this.planning;
        Set<String> snippetsChanged = new TreeSet<>();
        if (results != planning.results()) {
            Map<String, SnippetResult> before = new HashMap<>();
            planning.results().snippets().forEach(r -> before.put(r.path(), r));
            Map<String, SnippetResult> now = new HashMap<>();
            results.snippets().forEach(r -> now.put(r.path(), r));
            if (!before.keySet().equals(now.keySet())) {
                return Update.fullBuild("snippets were added or removed");
            }
            now.forEach((path, r) -> {
                if (!r.equals(before.get(path))) {
                    snippetsChanged.add(path);
                }
            });
            SnippetLookup lookup = planning.snippets();
            if (!snippetsChanged.isEmpty()) { // line numbers are read from the snippet files again too
                lookup = Notebake.snippetLookup(config, results);
                renderer = new NoteRenderer(lookup, planning.repositoryBase(), planning.allowFailures());
            }
            planning = planning.with(results, lookup);
        }
        Set<Path> toRender = new TreeSet<>();
        changed.forEach(p -> toRender.add(p.toAbsolutePath().normalize()));
        for (RenderedNote n : notes) {
            if (n.snippetsUsed().stream().anyMatch(snippetsChanged::contains)) {
                toRender.add(n.file().toAbsolutePath().normalize());
            }
        }
        if (toRender.isEmpty()) { // e.g. a golden file edited without changing any result
            this.planning = planning;
            return new Update(true, "", List.of(), 0, "", 0, 0, 0, 0);
        }
        Path contentDir = config.contentDir().toAbsolutePath().normalize();
        Map<Path, RenderedNote> fresh = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String navigation = null;
        String uses = null;
        for (Path file : toRender) {
            String shown = Notebake.shown(config, file);
            RenderedNote old = notesByFile.get(file);
            if (!file.startsWith(contentDir) || old == null) {
                return Update.fullBuild(shown + " is not a note of the last build");
            }
            if (!Files.isRegularFile(file)) {
                return Update.fullBuild(shown + " was deleted or renamed");
            }
            RenderedNote note = renderer.render(file, old.relativePath(), shown);
            if (note.frontMatter() != null && navigation == null) {
                String what = navigationChange(old, note);
                navigation = what == null ? null : shown + ": " + what + " changed";
            }
            if (uses == null && !old.snippetUses().equals(note.snippetUses())) {
                // the source pages of its snippets link to each block, under the heading above it
                uses = shown + ": the headings or places of its snippet blocks changed";
            }
            problems.addAll(note.problems()); // as the full build: render problems stop it before planning
            fresh.put(file, note);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        long rendered = System.nanoTime();
        boolean frontMatterChanged = navigation != null;
        if (navigation == null) {
            navigation = uses;
        }
        if (!snippetsChanged.isEmpty()) {
            List<String> names = List.copyOf(snippetsChanged);
            String what = "snippets changed: " + String.join(", ", names.subList(0, Math.min(3, names.size())))
                    + (names.size() > 3 ? " and " + (names.size() - 3) + " more" : "");
            navigation = navigation == null ? what : navigation + "; " + what;
        }
        if (navigation == null) {
            Update update = ownPagesOnly(fresh, start, rendered);
            if (update.applied()) {
                this.planning = planning; // the same snippets' results, possibly in a new report
            }
            return update;
        }
        Update update = replanned(fresh, navigation, frontMatterChanged, snippetsChanged, renderer, planning, start,
                rendered);
        if (update.applied()) {
            this.renderer = renderer;
            this.planning = planning;
        }
        return update;
    }

    /** Edits of notes' bodies or aliases: each note's page, from its kept model. */
    private Update ownPagesOnly(Map<Path, RenderedNote> fresh, long start, long rendered) {
        Map<String, String> baked = new LinkedHashMap<>();
        for (RenderedNote n : fresh.values()) {
            if (!pages.has(n.uri()) || !graph.has(n.uri())) {
                return Update.fullBuild(n.uri() + " is not a page of the last build");
            }
            baked.put(n.uri(), pages.renderNote(n));
        }
        long templated = System.nanoTime();
        PageGraph.Replacement replacement = graph.replace(config.siteDir(), baked);
        long posted = System.nanoTime();
        InPlaceUpdate.write(config.siteDir(), replacement.files());
        replacement.commit();
        for (RenderedNote n : fresh.values()) {
            pages.updateNote(n, baked.get(n.uri()));
        }
        keep(fresh);
        long written = System.nanoTime();
        return new Update(true, "", List.copyOf(baked.keySet()), replacement.linksChecked(), "",
                millis(start, rendered), millis(rendered, templated), millis(templated, posted),
                millis(posted, written));
    }

    /**
     * Edits that show on other pages: plan the site again, render the pages that may change from their kept
     * models, and publish those whose output differs (a full build when pages would be added or removed).
     */
    private Update replanned(Map<Path, RenderedNote> fresh, String navigation, boolean frontMatterChanged,
                             Set<String> snippetsChanged, NoteRenderer renderer, Planning planning, long start,
                             long rendered) {
        List<RenderedNote> now = new ArrayList<>(notes);
        now.replaceAll(n -> fresh.getOrDefault(n.file().toAbsolutePath().normalize(), n));
        TopicCoverage coverage = new TopicCoverage(planning.topics(), now, "topics/pending.txt");
        SitePlanner.Planned planned = SitePlanner.plan(config.siteTitle(), config.siteUrl(), planning.sections(), now,
                planning.snippets(), planning.repositoryBase(), planning.topics(), coverage);
        if (!planned.problems().isEmpty()) {
            throw new ProblemException(planned.problems());
        }
        Set<String> snippets = new HashSet<>(snippetsChanged);
        for (Map.Entry<Path, RenderedNote> e : fresh.entrySet()) {
            snippets.addAll(e.getValue().snippetsUsed());
            snippets.addAll(notesByFile.get(e.getKey()).snippetsUsed());
        }
        KeptPages.Rerendered again = pages.rerender(planned.plan(), fresh.values(), snippets, frontMatterChanged);
        if (!again.possible()) {
            return Update.fullBuild(navigation + ", and " + again.reason());
        }
        long templated = System.nanoTime();
        Map<String, String> html = new LinkedHashMap<>();
        Map<String, byte[]> other = new LinkedHashMap<>();
        again.pages().forEach((page, text) -> {
            if (page.endsWith(".html")) {
                html.put(page, text);
            } else {
                other.put(page, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        PageGraph.Replacement replacement = graph.replace(config.siteDir(), html);
        Map<String, byte[]> files = new LinkedHashMap<>(replacement.files());
        files.putAll(other);
        long posted = System.nanoTime();
        InPlaceUpdate.write(config.siteDir(), files);
        replacement.commit();
        pages.commit(again);
        keep(fresh); // the notes become those planned above
        long written = System.nanoTime();
        return new Update(true, "", List.copyOf(again.pages().keySet()), replacement.linksChecked(),
                navigation + "; " + again.rendered() + " pages rendered to find them",
                millis(start, rendered), millis(rendered, templated), millis(templated, posted),
                millis(posted, written));
    }

    private void keep(Map<Path, RenderedNote> fresh) {
        fresh.forEach(notesByFile::put);
        notes.replaceAll(n -> fresh.getOrDefault(n.file().toAbsolutePath().normalize(), n));
    }

    /**
     * What changed in a note that shows on other pages (section and home pages, sidebars, neighbours' previous and
     * next, tag pages, snippet source pages, topic map, feed), or null when only its own page is affected.
     */
    static String navigationChange(RenderedNote old, RenderedNote now) {
        FrontMatter a = old.frontMatter();
        FrontMatter b = now.frontMatter();
        if (a == null) {
            return "front matter";
        }
        if (!Objects.equals(a.title(), b.title())) {
            return "title";
        }
        if (!Objects.equals(a.date(), b.date())) {
            return "date";
        }
        if (!Objects.equals(a.section(), b.section())) {
            return "section";
        }
        if (a.order() != b.order()) {
            return "order";
        }
        if (!Objects.equals(a.tags(), b.tags())) {
            return "tags";
        }
        if (!Objects.equals(a.summary(), b.summary())) {
            return "summary";
        }
        if (!Objects.equals(a.covers(), b.covers())) {
            return "covers";
        }
        if (!old.snippetsUsed().equals(now.snippetsUsed())) {
            return "the set of snippets it uses";
        }
        return null;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
