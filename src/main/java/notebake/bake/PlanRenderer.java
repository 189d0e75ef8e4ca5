package notebake.bake;

import notebake.render.RenderedNote;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JBake's renderer, plus one linear pass over the {@link SitePlan}: every note page (with previous/next and
 * breadcrumbs computed once) and every generated page (home, sections, tags, snippet sources, topic map).
 * Pages go through JBake's Freemarker engine. One instance per bake. Keeps what it rendered (each page's model and
 * output, and the order JBake's store lists the notes in) for {@link KeptPages}.
 */
final class PlanRenderer extends Renderer {

    private final SitePlan plan;
    private final ContentStore store;
    private final JBakeConfiguration config;
    private final DelegatingTemplateEngine engine;
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger notes = new AtomicInteger();
    private final AtomicInteger others = new AtomicInteger();
    private final boolean parallel;
    private final Map<String, String> outputs = new ConcurrentHashMap<>();
    private final boolean keep;
    private List<DocumentModel> noteModels = List.of();
    private boolean feedOrderKnown;
    private long renderMillis;

    PlanRenderer(ContentStore store, JBakeConfiguration config, SitePlan plan, boolean parallel,
                 DelegatingTemplateEngine engine, boolean keep) {
        super(store, config, engine);
        this.keep = keep;
        this.store = store;
        this.config = config;
        this.engine = engine;
        this.plan = plan;
        this.parallel = parallel;
    }

    /** Renders everything; called once by {@link PlanRenderingTool} from inside {@code Oven.bake()}. */
    int renderPlan() {
        long start = System.nanoTime();
        DocumentList<DocumentModel> docs = store.getAllContent(JBakeAdapter.NOTE_TYPE);
        if (keep) { // only for KeptPages: a build that keeps nothing does not query the store again
            noteModels = List.copyOf(docs);
            // the feed lists the store's published notes newest first; KeptPages re-creates that order from the
            // store's list of every note, and may do so only if that gives exactly this order
            List<String> published = store.getPublishedContent(JBakeAdapter.NOTE_TYPE).stream()
                    .map(DocumentModel::getUri).toList();
            feedOrderKnown = published.equals(KeptPages.published(noteModels).stream().map(DocumentModel::getUri)
                    .toList());
        }
        List<DocumentModel> todo = models(plan, docs);
        // pages are independent (the built-in templates read only the page's own model, never the store), so
        // they render in parallel; templates that may query JBake's store render one at a time
        (parallel ? todo.parallelStream() : todo.stream()).forEach(doc -> {
            if (page(doc)) {
                if (JBakeAdapter.NOTE_TYPE.equals(doc.getType())) {
                    notes.incrementAndGet();
                } else {
                    others.incrementAndGet();
                }
            }
        });
        renderMillis = (System.nanoTime() - start) / 1_000_000;
        return notes.get() + others.get();
    }

    /**
     * The model of every page of the plan: the note pages from the store's documents (given in the store's order;
     * completed in place with section, neighbours, tags and sidebar), then the generated pages.
     */
    static List<DocumentModel> models(SitePlan plan, Collection<DocumentModel> noteDocs) {
        Map<String, SitePlan.Position> positions = plan.positions();
        Navigation nav = new Navigation(plan);
        List<DocumentModel> todo = new ArrayList<>();
        for (DocumentModel doc : noteDocs) {
            SitePlan.Position pos = positions.get(doc.getUri());
            if (pos == null) {
                continue;
            }
            RenderedNote self = pos.note();
            doc.put("section_key", pos.section().section().key());
            doc.put("section_title", pos.section().section().title());
            doc.put("section_uri", SitePlan.sectionUri(pos.section().section().key()));
            doc.put("previous", pos.previous() == null ? null : PageModels.link(pos.previous()));
            doc.put("next", pos.next() == null ? null : PageModels.link(pos.next()));
            doc.put("tag_links", PageModels.tagLinks(self));
            doc.put("page_kind", "note");
            nav.addTo(doc, pos.section().section().key());
            todo.add(doc);
        }
        DocumentModel home = synthetic("home", "index.html", plan.siteTitle());
        home.put("sections", PageModels.sections(plan));
        home.put("has_topics", !plan.topics().isEmpty());
        home.put("tag_count", plan.tags().size());
        home.put("note_count", plan.sections().stream().mapToInt(sp -> sp.notes().size()).sum());
        home.put("section_count", plan.sections().stream().filter(sp -> !sp.notes().isEmpty()).count());
        home.put("snippet_count", plan.sources().size());
        home.put("run_count", plan.sources().stream()
                .filter(src -> src.result().kind() == notebake.verify.SnippetKind.RUNNABLE).count());
        nav.addTo(home, "");
        todo.add((home));
        for (SitePlan.SectionPages s : plan.sections()) {
            DocumentModel d = synthetic("section", SitePlan.sectionUri(s.section().key()), s.section().title());
            d.put("section", PageModels.section(s));
            nav.addTo(d, s.section().key());
            todo.add((d));
        }
        DocumentModel tagsIndex = synthetic("tags", SitePlan.TAGS_URI, "Tags");
        tagsIndex.put("all_tags", plan.tags().stream().map(PageModels::tag).toList());
        nav.addTo(tagsIndex, "");
        todo.add((tagsIndex));
        for (SitePlan.Tag t : plan.tags()) {
            DocumentModel d = synthetic("tag", SitePlan.tagUri(t.slug()), "Tagged “" + t.name() + "”");
            d.put("tag", PageModels.tag(t));
            nav.addTo(d, "");
            todo.add((d));
        }
        for (SitePlan.Source s : plan.sources()) {
            DocumentModel d = synthetic("source", notebake.render.SnippetBlockRenderer.sourcePageUri(s.path()),
                    s.path());
            d.put("source", PageModels.source(s));
            // the sidebar and breadcrumbs of the section of the first note (in reading order) that shows it
            SitePlan.Position first = s.usedBy().isEmpty() ? null : positions.get(s.usedBy().get(0).uri());
            if (first != null) {
                SitePlan.SectionPages section = first.section();
                d.put("section_title", section.section().title());
                d.put("section_uri", SitePlan.sectionUri(section.section().key()));
                nav.addTo(d, section.section().key());
            } else {
                d.put("section_title", "");
                d.put("section_uri", "");
                nav.addTo(d, "");
            }
            todo.add((d));
        }
        if (!plan.topics().isEmpty()) {
            DocumentModel d = synthetic("topics", SitePlan.TOPICS_URI, "Where each original note went");
            d.put("topics", PageModels.topics(plan));
            d.put("covered", plan.topics().stream().filter(r -> r.coveredBy() != null).count());
            todo.add((d));
        }
        return todo;
    }

    /**
     * The section sidebar's model, built once per bake and shared by every page: all sections, and the pages of
     * the page's own section only, so a page's sidebar grows with its section, not with the whole site.
     */
    private static final class Navigation {
        private final List<Map<String, Object>> sections = new ArrayList<>();
        private final Map<String, List<Map<String, Object>>> pages = new java.util.HashMap<>();

        Navigation(SitePlan plan) {
            for (SitePlan.SectionPages s : plan.sections()) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("key", s.section().key());
                m.put("title", s.section().title());
                m.put("uri", SitePlan.sectionUri(s.section().key()));
                m.put("count", s.notes().size());
                sections.add(m);
                pages.put(s.section().key(), PageModels.links(s.notes()));
            }
        }

        void addTo(DocumentModel doc, String sectionKey) {
            doc.put("nav_sections", sections);
            doc.put("nav_section_key", sectionKey);
            doc.put("nav_pages", pages.getOrDefault(sectionKey, List.of()));
        }
    }

    private static DocumentModel synthetic(String type, String uri, String title) {
        DocumentModel d = new DocumentModel();
        d.setType(type);
        d.setStatus("published");
        d.setUri(uri);
        d.setTitle(title);
        d.setRootPath("../".repeat((int) uri.chars().filter(c -> c == '/').count()));
        d.put("page_kind", type);
        return d;
    }

    /** One page through its template, as JBake's {@code Renderer.render(DocumentModel)} would produce it. */
    static String render(DelegatingTemplateEngine engine, JBakeConfiguration config, DocumentModel doc)
            throws RenderingException {
        TemplateModel model = new TemplateModel();
        model.setContent(doc);
        model.setRenderer(engine);
        StringWriter out = new StringWriter(32_768);
        engine.renderDocument(model, config.getTemplateByDocType(doc.getType()), out);
        return out.toString();
    }

    private boolean page(DocumentModel doc) {
        notebake.internal.BuildInterruption.check(); // not caught below: an interrupted bake stops here
        try {
            String html = render(engine, config, doc);
            Path file = config.getDestinationFolder().toPath().resolve(doc.getUri());
            Files.createDirectories(file.getParent());
            Files.writeString(file, html, Charset.forName(config.getRenderEncoding()));
            if (keep) {
                outputs.put(doc.getUri(), html);
            }
            return true;
        } catch (RenderingException e) {
            errors.add(doc.getUri() + ": template failed: " + e.getMessage());
            return false;
        } catch (IOException e) {
            errors.add(doc.getUri() + ": cannot write the page: " + writeFailure(e));
            return false;
        }
    }

    /** Why a page could not be written, for a person (the template itself worked). */
    private String writeFailure(IOException e) {
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            Path site = config.getDestinationFolder().toPath();
            Path file = Path.of(((FileSystemException) e).getFile());
            String at = file.startsWith(site) ? site.relativize(file).toString().replace('\\', '/') : file.toString();
            return "a file is in the way at " + at + ", where the site needs a folder; rename that file (an asset "
                    + "under assets/ named like a section or page folder?)";
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getFile() + ": " + f.getReason()
                : e.toString();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    /** The note documents of the store, in its order, completed for rendering (when asked to keep them). */
    List<DocumentModel> noteModels() {
        return noteModels;
    }

    /** Each rendered page's output, by uri (when asked to keep them). */
    Map<String, String> outputs() {
        return outputs;
    }

    /**
     * Whether {@link KeptPages#feedOrder} matched the store's order of the feed's notes in this bake (known only
     * when asked to keep the pages).
     */
    boolean feedOrderKnown() {
        return feedOrderKnown;
    }

    int notes() {
        return notes.get();
    }

    int others() {
        return others.get();
    }

    long renderMillis() {
        return renderMillis;
    }
}
