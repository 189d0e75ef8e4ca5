package notebake.bake;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.render.FrontMatter;
import notebake.render.RenderedNote;
import notebake.render.SnippetBlockRenderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages of the last bake, kept warm for the live preview: JBake's template engine (its Freemarker templates
 * already loaded), each page's model as the bake rendered it (for notes: the store's fields plus section,
 * neighbours, tags and sidebar), each page's output, and the notes of the feed. Edited notes are rendered again
 * from these models to the same output the bake would write:
 * <ul>
 *   <li>{@link #renderNote}: a note whose body or aliases changed (nothing else), from its own model;</li>
 *   <li>{@link #rerender}: any other edit of existing notes, from a new {@link SitePlan}: the pages that may
 *   change (the edited notes' sections, generated pages, the source pages of their snippets, the feed) are
 *   rendered again and compared with their last output; only those that differ are returned.</li>
 * </ul>
 * Only for the built-in templates, which read nothing but the page's own model and, for the feed, the published
 * notes (kept here, in the store's order; JBake's store itself is closed after the bake). Not thread-safe.
 */
public final class KeptPages {

    static final String FEED_TYPE = "feed";

    private final DelegatingTemplateEngine engine;
    private final JBakeConfiguration config;
    private final NoteStore store;
    private final boolean feedOrderKnown;
    private final String feedFile;
    private List<DocumentModel> noteDocs;
    private Map<String, DocumentModel> noteByUri;
    /** each note's date at the bake, and its place in the store's list of notes (newest first) */
    private final Map<String, Date> bakedDate = new HashMap<>();
    private final Map<String, Integer> bakedRank = new HashMap<>();
    private Map<String, String> outputs;

    KeptPages(DelegatingTemplateEngine engine, JBakeConfiguration config, NoteStore store, List<DocumentModel> noteDocs,
              Map<String, String> outputs, String feedFile, boolean feedOrderKnown) {
        this.engine = engine;
        this.config = config;
        this.store = store;
        this.noteDocs = List.copyOf(noteDocs);
        this.noteByUri = byUri(this.noteDocs);
        this.outputs = new HashMap<>(outputs);
        this.feedFile = feedFile;
        this.feedOrderKnown = feedOrderKnown;
        for (DocumentModel d : this.noteDocs) {
            bakedDate.put(d.getUri(), d.getDate());
            bakedRank.put(d.getUri(), bakedRank.size());
        }
        store.keepPublishedNotes(feedOrder(this.noteDocs));
    }

    private static Map<String, DocumentModel> byUri(List<DocumentModel> docs) {
        Map<String, DocumentModel> out = new HashMap<>();
        docs.forEach(d -> out.put(d.getUri(), d));
        return out;
    }

    /**
     * The feed's notes, as JBake's store lists published notes: by date, newest first; notes of one date in the
     * order the store listed them at the bake ({@link #newDateTie} makes sure they all had that date then).
     */
    private List<DocumentModel> feedOrder(List<DocumentModel> notes) {
        return notes.stream()
                .filter(d -> "published".equals(d.getStatus()))
                .sorted(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(d -> bakedRank.getOrDefault(d.getUri(), Integer.MAX_VALUE)))
                .toList();
    }

    /** The published notes of a store's list of every note (both lists are newest first, in the store's order). */
    static List<DocumentModel> published(List<DocumentModel> notesInStoreOrder) {
        return notesInStoreOrder.stream().filter(d -> "published".equals(d.getStatus())).toList();
    }

    /** Whether the last bake wrote a note page at this uri. */
    public boolean has(String uri) {
        return noteByUri.containsKey(uri);
    }

    /**
     * The page of a note whose body or aliases changed (nothing else), as the bake would write it before the
     * post-pass.
     *
     * @throws ProblemException when the template fails
     */
    public String renderNote(RenderedNote note) {
        return render(withBodyOf(note, noteByUri.get(note.uri())));
    }

    /** Keeps a note's new body and aliases, and its page as {@link #renderNote} rendered it (once it is published). */
    public void updateNote(RenderedNote note, String rendered) {
        DocumentModel updated = withBodyOf(note, noteByUri.get(note.uri()));
        List<DocumentModel> docs = new ArrayList<>(noteDocs);
        docs.replaceAll(d -> d.getUri().equals(note.uri()) ? updated : d);
        noteDocs = List.copyOf(docs);
        noteByUri.put(note.uri(), updated);
        outputs.put(note.uri(), rendered);
        store.keepPublishedNotes(feedOrder(noteDocs));
    }

    /**
     * Renders the pages a new plan may change after edits of existing notes and keeps those whose output differs.
     *
     * @param plan     the plan of the edited site
     * @param changed  the edited notes, as rendered now
     * @param snippets the snippets the edited notes use or used (their source pages list the notes), and those
     *                 whose results changed
     * @param frontMatterChanged false when the edited notes' front matter is as it was (their bodies changed with
     *                 a snippet's result): then only their own pages and the snippets' source pages may change
     * @return the pages that changed, or a reason why the edit needs a full bake
     */
    public Rerendered rerender(SitePlan plan, Collection<RenderedNote> changed, Set<String> snippets,
                               boolean frontMatterChanged) {
        if (!feedOrderKnown) {
            return Rerendered.fullBake("the feed's order of notes is JBake's own");
        }
        Map<String, RenderedNote> edited = new HashMap<>();
        changed.forEach(n -> edited.put(n.uri(), n));
        String tie = newDateTie(edited);
        if (tie != null) {
            return Rerendered.fullBake(tie);
        }
        Set<String> sections = new HashSet<>();
        Set<String> tags = new HashSet<>();
        boolean moved = false;
        List<DocumentModel> docs = new ArrayList<>(noteDocs.size());
        for (DocumentModel old : noteDocs) {
            RenderedNote n = edited.get(old.getUri());
            DocumentModel doc = new DocumentModel();
            doc.putAll(old);
            if (n != null) {
                fill(doc, n);
                Object before = old.get("section_key");
                sections.add(String.valueOf(before));
                sections.add(n.frontMatter().section());
                tags.addAll(tagUris(old.get("tags")));
                tags.addAll(tagUris(n.frontMatter().tags()));
                moved |= !n.frontMatter().section().equals(before);
            }
            docs.add(doc);
        }
        List<DocumentModel> models = PlanRenderer.models(plan, docs);
        Set<String> pages = new TreeSet<>();
        models.forEach(d -> pages.add(d.getUri()));
        pages.add(feedFile);
        Set<String> before = new TreeSet<>(outputs.keySet());
        before.remove("404.html"); // the same for every plan
        if (!pages.equals(before)) {
            return Rerendered.fullBake("pages are added or removed");
        }
        Set<String> sources = new HashSet<>();
        snippets.forEach(s -> sources.add(SnippetBlockRenderer.sourcePageUri(s)));
        boolean anyMoved = moved;
        List<DocumentModel> candidates = models.stream().filter(d -> switch (d.getType()) {
            // a note's page shows its own fields, its section's pages (sidebar, neighbours) and every section's count
            case JBakeAdapter.NOTE_TYPE -> edited.containsKey(d.getUri()) || frontMatterChanged
                    && (anyMoved || sections.contains(String.valueOf(d.get("section_key"))));
            // a source page has the sidebar of the section of the first note showing it
            case "source" -> sources.contains(d.getUri()) || frontMatterChanged
                    && (anyMoved || sections.contains(String.valueOf(d.get("nav_section_key"))));
            // every generated page has the sidebar, with every section's count of pages
            case "section" -> frontMatterChanged && (anyMoved || sections.contains(String.valueOf(
                    ((Map<?, ?>) d.get("section")).get("key"))));
            case "tag" -> frontMatterChanged && (anyMoved || tags.contains(d.getUri()));
            // home, tags index, topic map: links to notes (title, summary, date), tags, sections, topics
            default -> frontMatterChanged;
        }).toList();
        Map<String, String> out = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> failed = java.util.Collections.synchronizedList(new ArrayList<>());
        candidates.parallelStream().forEach(d -> {
            try {
                out.put(d.getUri(), PlanRenderer.render(engine, config, d));
            } catch (RenderingException e) {
                failed.add(d.getUri() + ": template failed: " + e.getMessage());
            }
        });
        if (!failed.isEmpty()) {
            throw new ProblemException(failed.stream().sorted().map(m -> new Problem("templates", 0, m)).toList());
        }
        List<DocumentModel> newNoteDocs = models.stream().filter(d -> JBakeAdapter.NOTE_TYPE.equals(d.getType()))
                .toList();
        List<DocumentModel> published = feedOrder(newNoteDocs);
        store.keepPublishedNotes(published);
        try {
            out.put(feedFile, renderFeed());
        } finally {
            store.keepPublishedNotes(feedOrder(noteDocs)); // until the commit
        }
        Map<String, String> differ = new LinkedHashMap<>();
        new TreeSet<>(out.keySet()).forEach(p -> {
            if (!out.get(p).equals(outputs.get(p))) {
                differ.put(p, out.get(p));
            }
        });
        return new Rerendered(true, "", differ, candidates.size() + 1, newNoteDocs);
    }

    /**
     * The store lists the notes of one date in an order of its own (not the order of their files), known here only
     * among notes that had that date at the bake: when notes of one date did not all have it then, the feed's
     * order is unknown and the edit needs a full bake. Null when every date's notes had it at the bake.
     */
    private String newDateTie(Map<String, RenderedNote> edited) {
        Map<Date, List<String>> byDate = new HashMap<>();
        for (DocumentModel d : noteDocs) {
            RenderedNote n = edited.get(d.getUri());
            Date date = n == null ? d.getDate() : Date.from(n.frontMatter().date().atStartOfDay(ZoneOffset.UTC)
                    .toInstant());
            byDate.computeIfAbsent(date, k -> new ArrayList<>()).add(d.getUri());
        }
        for (Map.Entry<Date, List<String>> day : byDate.entrySet()) {
            if (day.getValue().size() > 1
                    && !day.getValue().stream().allMatch(uri -> day.getKey().equals(bakedDate.get(uri)))) {
                return "the feed lists notes of one date in JBake's own order, and another note has this date";
            }
        }
        return null;
    }

    /** The pages of a note's tags; {@code tags} as the store gave them back (a list or an array) or as written. */
    private static Set<String> tagUris(Object tags) {
        Set<String> out = new HashSet<>();
        Iterable<?> names = tags instanceof Object[] array ? List.of(array)
                : tags instanceof Iterable<?> list ? list : List.of();
        for (Object name : names) {
            String slug = SitePlanner.slug(String.valueOf(name));
            if (!slug.isEmpty()) {
                out.add(SitePlan.tagUri(slug));
            }
        }
        return out;
    }

    /** Keeps the models and outputs of a re-render (once its pages are published). */
    public void commit(Rerendered r) {
        noteDocs = List.copyOf(r.noteDocs);
        noteByUri = byUri(noteDocs);
        outputs.putAll(r.pages());
        store.keepPublishedNotes(feedOrder(noteDocs));
    }

    /**
     * What a re-render found.
     *
     * @param possible whether the edit could be applied page by page ({@code reason} says why not)
     * @param pages    site path → new output (before the post-pass), for the pages whose output changed
     * @param rendered how many pages were rendered to find them
     */
    public record Rerendered(boolean possible, String reason, Map<String, String> pages, int rendered,
                             List<DocumentModel> noteDocs) {

        static Rerendered fullBake(String reason) {
            return new Rerendered(false, reason, Map.of(), 0, List.of());
        }
    }

    /** The note's fields as JBake's crawler stores them (see NoteEngine), in the types the store gave back. */
    private static void fill(DocumentModel doc, RenderedNote note) {
        FrontMatter fm = note.frontMatter();
        doc.setTitle(fm.title());
        doc.setDate(Date.from(fm.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        doc.put("tags", like(doc.get("tags"), fm.tags()));
        doc.setBody(note.html());
        doc.put("section", fm.section());
        doc.put("order", fm.order());
        doc.put("summary", fm.summary());
        doc.put("covers", like(doc.get("covers"), fm.covers()));
        doc.put("aliases", like(doc.get("aliases"), fm.aliases()));
    }

    private static Object like(Object old, List<String> values) {
        return old instanceof String[] ? values.toArray(new String[0]) : new ArrayList<>(values);
    }

    private DocumentModel withBodyOf(RenderedNote note, DocumentModel old) {
        if (old == null) {
            throw new IllegalArgumentException("no note page " + note.uri() + " in the last bake");
        }
        DocumentModel doc = new DocumentModel();
        doc.putAll(old);
        doc.setBody(note.html());
        doc.put("aliases", like(old.get("aliases"), note.frontMatter().aliases()));
        return doc;
    }

    private String render(DocumentModel doc) {
        try {
            return PlanRenderer.render(engine, config, doc);
        } catch (RenderingException e) {
            throw new ProblemException(new Problem("templates", 0,
                    doc.getUri() + ": template failed: " + e.getMessage()));
        }
    }

    /** The feed as JBake's FeedRenderer writes it (a model of type feed at the site root). */
    private String renderFeed() {
        DocumentModel content = new DocumentModel();
        content.setType(FEED_TYPE);
        content.setRootPath("");
        try {
            return PlanRenderer.render(engine, config, content);
        } catch (RenderingException e) {
            throw new ProblemException(new Problem("templates", 0, feedFile + ": template failed: " + e.getMessage()));
        }
    }
}
