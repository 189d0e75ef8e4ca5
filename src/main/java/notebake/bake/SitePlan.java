package notebake.bake;

import notebake.render.RenderedNote;
import notebake.render.Section;
import notebake.render.TopicList;
import notebake.verify.SnippetResult;

import java.util.List;
import java.util.Map;

/**
 * Everything the bake writes, decided before baking: sections with their notes in reading order, tags, the
 * snippet source pages and the topic map. Built in linear passes by {@link SitePlanner}. Immutable.
 *
 * @param siteTitle the site's title
 * @param siteUrl   absolute public URL (may be empty)
 * @param sections  sections in reading order, each with its notes in order
 * @param tags      tags by slug, in slug order
 * @param sources   snippets referenced by notes, by path, for the whole-file pages
 * @param topics    topic rows for "Where each original note went" (empty when there is no topic list)
 */
public record SitePlan(String siteTitle, String siteUrl, List<SectionPages> sections, List<Tag> tags,
                       List<Source> sources, List<TopicRow> topics) {

    /** The page of a section ({@code <key>/index.html}). */
    public static String sectionUri(String key) {
        return key + "/index.html";
    }

    /** The page of a tag ({@code tags/<slug>.html}). */
    public static String tagUri(String slug) {
        return "tags/" + slug + ".html";
    }

    public static final String TAGS_URI = "tags/index.html";
    public static final String TOPICS_URI = "where-each-note-went.html";

    /** A section and its notes in reading order. */
    public record SectionPages(Section section, List<RenderedNote> notes) {
    }

    /** A tag and the notes carrying it, in reading order. */
    public record Tag(String name, String slug, List<RenderedNote> notes) {
    }

    /** A referenced snippet: its whole shown code and the notes that reference it. */
    public record Source(String path, SnippetResult result, String repositoryUrl, List<RenderedNote> usedBy,
                         List<Integer> lineNumbers) {

        /** Numbered contiguously from 1. */
        public Source(String path, SnippetResult result, String repositoryUrl, List<RenderedNote> usedBy) {
            this(path, result, repositoryUrl, usedBy, null);
        }
    }

    /** One original heading and where it went. */
    public record TopicRow(TopicList.Topic topic, RenderedNote coveredBy) {
    }

    /** Where each note sits: its section and neighbours (null at the ends). */
    public record Position(RenderedNote note, SectionPages section, RenderedNote previous, RenderedNote next) {
    }

    /** Positions of all notes by page uri; computed in one pass. */
    public Map<String, Position> positions() {
        Map<String, Position> out = new java.util.HashMap<>();
        for (SectionPages s : sections) {
            List<RenderedNote> n = s.notes();
            for (int i = 0; i < n.size(); i++) {
                out.put(n.get(i).uri(), new Position(n.get(i), s, i > 0 ? n.get(i - 1) : null,
                        i + 1 < n.size() ? n.get(i + 1) : null));
            }
        }
        return out;
    }
}
