package notebake;

import notebake.bake.NotePages;
import notebake.config.Config;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.postpass.PageGraph;
import notebake.render.FrontMatter;
import notebake.render.NoteRenderer;
import notebake.render.RenderedNote;
import notebake.site.InPlaceUpdate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A site just built into target/site, with what the build learnt kept in memory (the rendered notes, the note pages'
 * template models, the post-pass's page graph and search documents), so that the live preview can apply the common
 * edit — the body of a note — page by page instead of building everything again: the note is rendered again
 * (Markdown and snippet blocks), put through its template and the post-pass, the links that involve it are checked
 * (its own, and other pages' links into its anchors), its search documents replaced, and the page and the search
 * index written in place atomically. The result is the same, byte for byte, as a full build of the same sources.
 *
 * <p>An edit that may change any other page (a note's title, date, section, order, tags, summary or topics; the
 * snippets it uses; a new, deleted or renamed note; anything but a note) is not applied: {@link #applyNoteEdits}
 * says so and the caller builds everything. Not thread-safe: one preview loop.
 */
public final class WarmSite {

    private final BuildReport report;
    private final Config config;
    private final NoteRenderer renderer;
    private final Map<Path, RenderedNote> notesByFile = new HashMap<>();
    private final NotePages pages;
    private final PageGraph graph;

    /** A build that kept nothing: every edit needs a full build. */
    WarmSite(BuildReport report) {
        this(null, report, null, List.of(), null, null);
    }

    WarmSite(Config config, BuildReport report, NoteRenderer renderer, List<RenderedNote> notes, NotePages pages,
             PageGraph graph) {
        this.report = report;
        this.config = config;
        this.renderer = renderer;
        for (RenderedNote n : notes) {
            notesByFile.put(n.file().toAbsolutePath().normalize(), n);
        }
        this.pages = pages;
        this.graph = graph;
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
     * @param pages        pages written
     * @param linksChecked links checked
     * @param renderMillis Markdown and snippet blocks
     * @param templateMillis the page template
     * @param postMillis   post-pass, link check and search index
     * @param writeMillis  writing the files in place
     */
    public record Update(boolean applied, String reason, List<String> pages, int linksChecked, long renderMillis,
                         long templateMillis, long postMillis, long writeMillis) {

        static Update fullBuild(String reason) {
            return new Update(false, reason, List.of(), 0, 0, 0, 0, 0);
        }

        public long totalMillis() {
            return renderMillis + templateMillis + postMillis + writeMillis;
        }
    }

    /**
     * Applies edits of files under content/ to the published site, page by page, when they can only change the
     * edited notes' own pages; otherwise writes nothing and says a full build is needed.
     *
     * @param changed changed files (absolute or relative to the working folder)
     * @throws ProblemException the problems a full build would report (a missing snippet region, a broken
     *                          link...); nothing was written and this state is unchanged
     */
    public Update applyNoteEdits(Collection<Path> changed) {
        if (pages == null || graph == null) {
            return Update.fullBuild(config == null ? "no page-by-page state" : "custom templates");
        }
        if (changed.isEmpty()) {
            return Update.fullBuild("nothing changed");
        }
        long start = System.nanoTime();
        Path contentDir = config.contentDir().toAbsolutePath().normalize();
        List<RenderedNote> fresh = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : new TreeSet<>(changed)) {
            Path file = p.toAbsolutePath().normalize();
            String shown = Notebake.shown(config, file);
            RenderedNote old = notesByFile.get(file);
            if (!file.startsWith(contentDir) || old == null) {
                return Update.fullBuild(shown + " is not a note of the last build");
            }
            if (!Files.isRegularFile(file)) {
                return Update.fullBuild(shown + " was deleted or renamed");
            }
            RenderedNote note = renderer.render(file, old.relativePath(), shown);
            if (note.frontMatter() != null) {
                String what = navigationChange(old, note);
                if (what != null) {
                    return Update.fullBuild(shown + ": " + what + " changed");
                }
            }
            problems.addAll(note.problems()); // as the full build: render problems stop it before planning
            fresh.add(note);
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        long rendered = System.nanoTime();
        Map<String, String> baked = new LinkedHashMap<>();
        for (RenderedNote n : fresh) {
            if (!pages.has(n.uri()) || !graph.has(n.uri())) {
                return Update.fullBuild(n.uri() + " is not a page of the last build");
            }
            baked.put(n.uri(), pages.render(n));
        }
        long templated = System.nanoTime();
        PageGraph.Replacement replacement = graph.replace(baked);
        long posted = System.nanoTime();
        InPlaceUpdate.write(config.siteDir(), replacement.files());
        replacement.commit();
        for (RenderedNote n : fresh) {
            pages.update(n);
            notesByFile.put(n.file().toAbsolutePath().normalize(), n);
        }
        long written = System.nanoTime();
        return new Update(true, "", List.copyOf(baked.keySet()), replacement.linksChecked(),
                millis(start, rendered), millis(rendered, templated), millis(templated, posted),
                millis(posted, written));
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
