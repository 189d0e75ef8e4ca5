package notebake.bake;

import notebake.render.RenderedNote;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JBake's renderer, plus one linear pass over the {@link SitePlan}: every note page (with previous/next and
 * breadcrumbs computed once) and every generated page (home, sections, tags, snippet sources, topic map).
 * Pages go through JBake's Freemarker engine. One instance per bake.
 */
final class PlanRenderer extends Renderer {

    private final SitePlan plan;
    private final ContentStore store;
    private final List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger notes = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger others = new java.util.concurrent.atomic.AtomicInteger();
    private final boolean parallel;
    private long renderMillis;

    PlanRenderer(ContentStore store, JBakeConfiguration config, SitePlan plan, boolean parallel) {
        super(store, config);
        this.store = store;
        this.plan = plan;
        this.parallel = parallel;
    }

    /** Renders everything; called once by {@link PlanRenderingTool} from inside {@code Oven.bake()}. */
    int renderPlan() {
        long start = System.nanoTime();
        Map<String, SitePlan.Position> positions = plan.positions();
        Navigation nav = new Navigation(plan);
        List<DocumentModel> todo = new ArrayList<>();
        DocumentList<DocumentModel> docs = store.getAllContent(JBakeAdapter.NOTE_TYPE);
        for (DocumentModel doc : docs) {
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

    private boolean page(DocumentModel doc) {
        notebake.internal.BuildInterruption.check(); // not caught below: an interrupted bake stops here
        try {
            render(doc);
            return true;
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            errors.add(doc.getUri() + ": template failed: " + cause.getMessage());
            return false;
        }
    }

    List<String> errors() {
        return List.copyOf(errors);
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
