package notebake.postpass;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the last post-pass learnt about every page of the site, kept in memory for the live preview: each page's
 * ids, its links, and its search documents, plus, for each page, the links from other pages into its
 * {@code #anchors}. With it, pages can be replaced one at a time: the post-pass runs on the new pages only, their
 * own links are checked against the whole site, the other pages' links into them are found by lookup (no page is
 * parsed again), and the search index is rewritten from the documents in hand. Not thread-safe.
 */
public final class PageGraph {

    private final Set<String> files;
    private final Map<String, Set<String>> ids;
    private final Map<String, List<PageLink>> linksByPage = new HashMap<>();
    private final TreeMap<String, List<SearchDocument>> searchByPage;
    private final Map<String, String> sourceOfPage;
    /** target page → source page → that page's links into the target's anchors */
    private final Map<String, Map<String, List<PageLink>>> anchoredLinksInto = new HashMap<>();

    PageGraph(Set<String> files, Map<String, Set<String>> ids, List<PageLink> links,
              Map<String, List<SearchDocument>> search, Map<String, String> sourceOfPage) {
        this.files = Set.copyOf(files);
        this.ids = new HashMap<>(ids);
        for (PageLink link : links) {
            linksByPage.computeIfAbsent(link.page(), k -> new ArrayList<>()).add(link);
        }
        linksByPage.forEach(this::indexAnchored);
        this.searchByPage = new TreeMap<>(search);
        this.sourceOfPage = Map.copyOf(sourceOfPage);
    }

    private void indexAnchored(String page, List<PageLink> links) {
        for (PageLink link : links) {
            String target = LinkChecker.anchoredTarget(page, link.href());
            if (target != null) {
                anchoredLinksInto.computeIfAbsent(target, k -> new HashMap<>())
                        .computeIfAbsent(page, k -> new ArrayList<>()).add(link);
            }
        }
    }

    private void unindexAnchored(String page) {
        for (PageLink link : linksByPage.getOrDefault(page, List.of())) {
            String target = LinkChecker.anchoredTarget(page, link.href());
            if (target != null) {
                Map<String, List<PageLink>> into = anchoredLinksInto.get(target);
                if (into != null) {
                    into.remove(page);
                }
            }
        }
    }

    /** Whether the site has this file (a site path such as {@code a/b.html}). */
    public boolean has(String page) {
        return files.contains(page);
    }

    /**
     * Runs the post-pass on new versions of existing pages and checks every link that involves them: their own,
     * and the other pages' links into their anchors. Changes nothing until {@link Replacement#commit()}.
     *
     * @param site       the published site folder: a link's target file is looked up there (an asset may have
     *                   been copied in or deleted since the build); ids come from the graph
     * @param bakedPages site path → the page as baked (before the post-pass); every page must exist already
     * @return the files to write (the pages and the search index) and the commit
     * @throws ProblemException naming every broken link, as the whole-site post-pass would
     */
    public Replacement replace(Path site, Map<String, String> bakedPages) {
        Map<String, PostPass.PageFacts> facts = new LinkedHashMap<>();
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : bakedPages.entrySet()) {
            String page = e.getKey();
            if (!files.contains(page) || !page.endsWith(".html")) {
                throw new IllegalArgumentException(page + " is not a page of the site");
            }
            Document doc = Jsoup.parse(e.getValue());
            PostPass.PageFacts f = PostPass.apply(doc, page);
            facts.put(page, f);
            // as the whole-site pass: a page the post-pass did not change stays as baked
            out.put(page, (f.changed() ? doc.outerHtml() : e.getValue()).getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Set<String>> newIds = new HashMap<>(ids);
        facts.forEach((page, f) -> newIds.put(page, f.ids()));
        LinkChecker checker = new LinkChecker(new SiteFiles(site), newIds, sourceOfPage);
        List<PageLink> toCheck = new ArrayList<>();
        facts.values().forEach(f -> toCheck.addAll(f.links()));
        for (String page : facts.keySet()) {
            anchoredLinksInto.getOrDefault(page, Map.of()).forEach((from, links) -> {
                if (!facts.containsKey(from)) { // the changed pages' own links are checked above, as they are now
                    toCheck.addAll(links);
                }
            });
        }
        List<Problem> problems = checker.check(toCheck);
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        TreeMap<String, List<SearchDocument>> newSearch = new TreeMap<>(searchByPage);
        facts.forEach((page, f) -> newSearch.put(page, f.search()));
        List<SearchDocument> documents = new ArrayList<>();
        newSearch.values().forEach(documents::addAll);
        try {
            SearchIndexBuilder.files(SearchIndexBuilder.numbered(documents))
                    .forEach((name, text) -> out.put(name, text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Replacement(out, toCheck.size(), () -> {
            facts.forEach((page, f) -> {
                unindexAnchored(page);
                ids.put(page, f.ids());
                linksByPage.put(page, f.links());
                indexAnchored(page, f.links());
                searchByPage.put(page, f.search());
            });
        });
    }

    /** The files of a site folder as the link check asks for them: by looking on disk. */
    private static final class SiteFiles extends AbstractSet<String> {
        private final Path site;

        SiteFiles(Path site) {
            this.site = site.toAbsolutePath().normalize();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof String path)) {
                return false;
            }
            Path file = site.resolve(path).normalize();
            return file.startsWith(site) && Files.isRegularFile(file);
        }

        @Override
        public Iterator<String> iterator() {
            throw new UnsupportedOperationException("only contains() is needed by the link check");
        }

        @Override
        public int size() {
            throw new UnsupportedOperationException("only contains() is needed by the link check");
        }
    }

    /**
     * New pages, post-passed and link-checked, not yet published.
     *
     * @param files        site path → bytes to write (the pages, then the search index files)
     * @param linksChecked how many links were checked
     */
    public record Replacement(Map<String, byte[]> files, int linksChecked, Runnable onCommit) {

        /** Remembers the new pages' ids, links and search documents (call once they are published). */
        public void commit() {
            onCommit.run();
        }
    }
}
