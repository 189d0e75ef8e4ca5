package notebake.postpass;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The HTML post-pass over a baked site folder, one Jsoup parse per page: heading anchors, the per-page table of
 * contents, removal of build-only attributes, search documents; then the link check over every page (fails
 * naming page and link), the sitemap and the search index. Reusable; not thread-safe.
 */
public final class PostPass {

    /** Build-only attribute carrying a link's note line; removed from the published pages. */
    public static final String LINE_ATTRIBUTE = "data-nb-line";
    /** Build-only attribute: a link's target as the note's author wrote it (before x.md became x.html). */
    public static final String WRITTEN_ATTRIBUTE = "data-nb-written";

    /**
     * What the post-pass did.
     *
     * @param graph what it learnt about every page (ids, links, search documents), for updating pages one at a
     *              time later (live preview); null unless asked to keep it
     */
    public record Result(int pages, int linksChecked, long millis, PageGraph graph) {
    }

    /**
     * @param site         the baked site folder (rewritten in place)
     * @param siteUrl      absolute public URL for the sitemap (may be empty: relative entries are written)
     * @param sourceOfPage note file of each note page, to name it in link problems
     * @throws ProblemException listing every broken link
     */
    public Result run(Path site, String siteUrl, Map<String, String> sourceOfPage) {
        return run(site, siteUrl, sourceOfPage, false);
    }

    /**
     * @param keepGraph whether to keep what the pass learnt about every page ({@link Result#graph()}), to replace
     *                  pages one at a time later (live preview)
     */
    public Result run(Path site, String siteUrl, Map<String, String> sourceOfPage, boolean keepGraph) {
        long start = System.nanoTime();
        Set<String> files = new HashSet<>();
        List<String> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                String rel = site.relativize(p).toString().replace('\\', '/');
                files.add(rel);
                if (rel.endsWith(".html")) {
                    pages.add(rel);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.sort(null);
        Map<String, Set<String>> ids = new ConcurrentHashMap<>();
        List<PageLink> links = Collections.synchronizedList(new ArrayList<>());
        Map<String, List<SearchDocument>> search = new ConcurrentHashMap<>();
        // pages are independent until the link check: one Jsoup parse (and write, if changed) each, in parallel
        pages.parallelStream().forEach(page -> process(site.resolve(page), page, ids, links, search));
        List<Problem> problems = new LinkChecker(files, ids, sourceOfPage).check(links);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        Sitemap.write(site.resolve("sitemap.xml"), siteUrl, pages);
        List<SearchDocument> documents = new ArrayList<>();
        for (String page : pages) {
            documents.addAll(search.getOrDefault(page, List.of()));
        }
        try {
            SearchIndexBuilder.write(site, documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageGraph graph = keepGraph ? new PageGraph(files, ids, links, search, sourceOfPage) : null;
        return new Result(pages.size(), links.size(), (System.nanoTime() - start) / 1_000_000, graph);
    }

    private static void process(Path file, String page, Map<String, Set<String>> ids, List<PageLink> links,
                                Map<String, List<SearchDocument>> search) {
        notebake.internal.BuildInterruption.check();
        Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PageFacts facts = apply(doc, page);
        ids.put(page, facts.ids());
        links.addAll(facts.links());
        search.put(page, facts.search());
        if (facts.changed()) { // pages the post-pass did not touch (generated ones, mostly) are not written again
            try {
                Files.writeString(file, doc.outerHtml(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * What the post-pass learnt from one page, which it rewrote in place.
     *
     * @param ids     the page's ids and {@code a[name]}s (link targets)
     * @param links   the page's internal and external links (none for the 404 page)
     * @param search  the page's search documents (ids from 0)
     * @param changed whether the page differs from the baked one (and so must be written)
     */
    record PageFacts(Set<String> ids, List<PageLink> links, List<SearchDocument> search, boolean changed) {
    }

    /** The post-pass of one page (anchors, TOC, build-only attributes removed); the same for a whole site and one page. */
    static PageFacts apply(Document doc, String page) {
        doc.outputSettings().prettyPrint(false);
        boolean changed = HeadingAnchors.apply(doc) > 0;
        changed |= TableOfContents.apply(doc);
        Set<String> pageIds = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            pageIds.add(e.id());
        }
        for (Element e : doc.select("a[name]")) {
            pageIds.add(e.attr("name"));
        }
        List<PageLink> mine = new ArrayList<>();
        if (!page.equals("404.html")) {
            for (Element e : doc.select("a[href], link[href], script[src], img[src], source[src]")) {
                String href = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                int line = 0;
                if (e.hasAttr(LINE_ATTRIBUTE)) {
                    try {
                        line = Integer.parseInt(e.attr(LINE_ATTRIBUTE));
                    } catch (NumberFormatException ignored) {
                        line = 0;
                    }
                }
                mine.add(new PageLink(page, href, line, e.attr(WRITTEN_ATTRIBUTE)));
            }
        }
        var marked = doc.select("[" + LINE_ATTRIBUTE + "], [" + WRITTEN_ATTRIBUTE + "]");
        if (!marked.isEmpty()) {
            marked.removeAttr(LINE_ATTRIBUTE);
            marked.removeAttr(WRITTEN_ATTRIBUTE);
            changed = true;
        }
        return new PageFacts(pageIds, mine, SearchIndexBuilder.documentsOf(doc, page, 0), changed);
    }
}
