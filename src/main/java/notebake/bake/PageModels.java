package notebake.bake;

import notebake.render.RenderedNote;
import notebake.render.SnippetBlockRenderer;
import notebake.render.SnippetUse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the {@link SitePlan} into the plain maps and lists the Freemarker templates read. Every uri in these
 * models is relative to the site root; templates prefix {@code content.rootpath}. Stateless.
 */
final class PageModels {

    private PageModels() {
    }

    static Map<String, Object> link(RenderedNote n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", n.frontMatter().title());
        m.put("uri", n.uri());
        m.put("summary", n.frontMatter().summary());
        m.put("date", java.sql.Date.valueOf(n.frontMatter().date()));
        return m;
    }

    static List<Map<String, Object>> links(List<RenderedNote> notes) {
        List<Map<String, Object>> out = new ArrayList<>(notes.size());
        for (RenderedNote n : notes) {
            out.add(link(n));
        }
        return out;
    }

    static Map<String, Object> section(SitePlan.SectionPages s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.section().key());
        m.put("title", s.section().title());
        m.put("summary", s.section().summary());
        m.put("uri", SitePlan.sectionUri(s.section().key()));
        m.put("pages", links(s.notes()));
        return m;
    }

    static List<Map<String, Object>> sections(SitePlan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SitePlan.SectionPages s : plan.sections()) {
            out.add(section(s));
        }
        return out;
    }

    static Map<String, Object> tag(SitePlan.Tag t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("slug", t.slug());
        m.put("uri", SitePlan.tagUri(t.slug()));
        m.put("count", t.notes().size());
        m.put("pages", links(t.notes()));
        return m;
    }

    /** Tag links of one note: name and uri. */
    static List<Map<String, Object>> tagLinks(RenderedNote n) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String tag : n.frontMatter().tags()) {
            String slug = SitePlanner.slug(tag);
            if (!slug.isEmpty()) {
                out.add(Map.of("name", tag, "uri", SitePlan.tagUri(slug)));
            }
        }
        return out;
    }

    static Map<String, Object> source(SitePlan.Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", s.path());
        m.put("code", s.result().code());
        m.put("lines", (int) s.result().code().lines().count());
        List<Integer> numbers = s.lineNumbers();
        if (numbers == null) {
            numbers = java.util.stream.IntStream.rangeClosed(1, (int) s.result().code().lines().count()).boxed()
                    .toList();
        }
        m.put("lineNumberAttributes", SnippetBlockRenderer.lineNumberAttributes(numbers));
        m.put("repository", s.repositoryUrl());
        m.put("status", s.result().status().name().toLowerCase(java.util.Locale.ROOT));
        m.put("jdk", s.result().jdk() == null ? "" : s.result().jdk());
        m.put("usedBy", usedBy(s));
        m.put("uri", SnippetBlockRenderer.sourcePageUri(s.path()));
        return m;
    }

    /**
     * The notes that show a snippet, in reading order, each with the places on its page that show it: the heading
     * above the block ("" when there is none), the region ("" for the whole file) and the block's address.
     */
    static List<Map<String, Object>> usedBy(SitePlan.Source s) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RenderedNote n : s.usedBy()) {
            Map<String, Object> m = link(n);
            List<Map<String, Object>> uses = new ArrayList<>();
            for (SnippetUse u : n.snippetUses()) {
                if (u.path().equals(s.path())) {
                    Map<String, Object> use = new LinkedHashMap<>();
                    use.put("heading", u.heading() == null ? "" : u.heading());
                    use.put("region", u.region() == null ? "" : u.region());
                    use.put("uri", n.uri() + "#" + u.anchor());
                    uses.add(use);
                }
            }
            m.put("uses", uses);
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> topics(SitePlan plan) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SitePlan.TopicRow r : plan.topics()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.topic().id());
            m.put("heading", r.topic().heading());
            m.put("topic", r.topic().topic());
            m.put("seed", r.topic().seed());
            m.put("java", r.topic().java());
            m.put("covered", r.coveredBy() != null && r.coveredBy().frontMatter() != null);
            if (r.coveredBy() != null && r.coveredBy().frontMatter() != null) {
                m.put("page", link(r.coveredBy()));
            }
            out.add(m);
        }
        return out;
    }
}
