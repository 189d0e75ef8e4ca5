package notebake.bake;

import notebake.internal.Problem;
import notebake.render.RenderedNote;
import notebake.render.Section;
import notebake.render.SnippetLookup;
import notebake.render.TopicCoverage;
import notebake.render.TopicList;
import notebake.verify.SnippetResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the site's pages from the rendered notes: sections in order, notes sorted within them, tags, source
 * pages, the topic map; and finds problems that concern several notes (unknown section, two notes on one page
 * address, a note on a generated page's address). Linear in the number of notes. Stateless.
 */
public final class SitePlanner {

    private SitePlanner() {
    }

    /** The plan and the problems found while making it. */
    public record Planned(SitePlan plan, List<Problem> problems) {
    }

    public static Planned plan(String siteTitle, String siteUrl, List<Section> sectionsFile, List<RenderedNote> notes,
                               SnippetLookup snippets, String repositoryBase, TopicList topics, TopicCoverage coverage) {
        List<Problem> problems = new ArrayList<>();
        Map<String, List<RenderedNote>> bySection = new LinkedHashMap<>();
        List<Section> sections = new ArrayList<>(sectionsFile);
        for (Section s : sections) {
            bySection.put(s.key(), new ArrayList<>());
        }
        boolean sectionsDeclared = !sectionsFile.isEmpty();
        Map<String, RenderedNote> byUri = new HashMap<>();
        for (RenderedNote note : notes) {
            String shown = "content/" + note.relativePath();
            String key = note.uri().toLowerCase(Locale.ROOT);
            RenderedNote clash = byUri.putIfAbsent(key, note);
            if (clash != null) {
                problems.add(new Problem(shown, 0, "duplicate page slug: this note and content/" + clash.relativePath()
                        + " both become " + note.uri() + " (file names differing only in case collide on "
                        + "case-insensitive file systems); rename one"));
                continue;
            }
            String reserved = reservedBy(note.uri(), bySection.keySet());
            if (reserved != null) {
                problems.add(new Problem(shown, 0, "duplicate page slug: " + note.uri() + " is the address of the "
                        + reserved + "; rename the note"));
                continue;
            }
            if (note.frontMatter() == null) {
                continue;
            }
            String section = note.frontMatter().section();
            if (!bySection.containsKey(section)) {
                if (sectionsDeclared) {
                    problems.add(new Problem(shown, note.frontMatter().sectionLine(), "section '" + section
                            + "' is not in content/sections.yml; "
                            + "use one of " + bySection.keySet() + " or add it there"));
                    continue;
                }
                bySection.put(section, new ArrayList<>());
                sections.add(new Section(section, section, ""));
            }
            bySection.get(section).add(note);
        }
        Comparator<RenderedNote> reading = Comparator.comparingInt((RenderedNote n) -> n.frontMatter().order())
                .thenComparing(n -> n.frontMatter().title())
                .thenComparing(RenderedNote::relativePath);
        List<SitePlan.SectionPages> pages = new ArrayList<>();
        for (Section s : sections) {
            List<RenderedNote> list = bySection.get(s.key());
            list.sort(reading);
            pages.add(new SitePlan.SectionPages(s, List.copyOf(list)));
        }
        List<RenderedNote> ordered = pages.stream().flatMap(p -> p.notes().stream()).toList();

        Map<String, List<RenderedNote>> tagNotes = new TreeMap<>();
        Map<String, String> tagNames = new HashMap<>();
        Map<String, List<RenderedNote>> usedBy = new TreeMap<>();
        for (RenderedNote n : ordered) {
            for (String tag : n.frontMatter().tags()) {
                String slug = slug(tag);
                if (slug.isEmpty()) {
                    continue;
                }
                tagNames.putIfAbsent(slug, tag);
                List<RenderedNote> l = tagNotes.computeIfAbsent(slug, k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != n) {
                    l.add(n);
                }
            }
            for (String path : n.snippetsUsed()) {
                usedBy.computeIfAbsent(path, k -> new ArrayList<>()).add(n);
            }
        }
        List<SitePlan.Tag> tags = new ArrayList<>();
        tagNotes.forEach((slug, l) -> tags.add(new SitePlan.Tag(tagNames.get(slug), slug, List.copyOf(l))));
        List<SitePlan.Source> sources = new ArrayList<>();
        usedBy.forEach((path, l) -> {
            SnippetResult r = snippets.find(path).orElse(null);
            if (r != null) {
                sources.add(new SitePlan.Source(path, r, repositoryBase.isEmpty() ? "" : repositoryBase + path,
                        List.copyOf(l), snippets.lineNumbers(r, null)));
            }
        });
        List<SitePlan.TopicRow> rows = new ArrayList<>();
        for (TopicList.Topic t : topics.topics()) {
            rows.add(new SitePlan.TopicRow(t, coverage.coveredBy(t.id())));
        }
        return new Planned(new SitePlan(siteTitle, siteUrl, List.copyOf(pages), List.copyOf(tags),
                List.copyOf(sources), List.copyOf(rows)), problems);
    }

    /** Lower-case kebab-case: runs of anything but letters and digits become {@code -}. */
    public static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String reservedBy(String uri, java.util.Set<String> sectionKeys) {
        String u = uri.toLowerCase(Locale.ROOT);
        if (u.equals("index.html")) {
            return "home page";
        }
        if (u.equals("404.html")) {
            return "404 page";
        }
        if (u.equals(SitePlan.TOPICS_URI)) {
            return "topic map";
        }
        if (u.startsWith("tags/")) {
            return "tag pages";
        }
        if (u.startsWith("snippets/")) {
            return "snippet source pages";
        }
        if (u.startsWith("assets/")) {
            return "site assets";
        }
        for (String key : sectionKeys) {
            if (u.equals(SitePlan.sectionUri(key))) {
                return "section page of '" + key + "'";
            }
        }
        return null;
    }
}
