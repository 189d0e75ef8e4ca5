package notebake.render;

import notebake.internal.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which note covers which topic, and what is wrong with that: an unknown id, an id covered twice, an id neither
 * covered nor pending, an id both covered and pending. Immutable.
 */
public final class TopicCoverage {

    private final Map<String, RenderedNote> coveredBy = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();

    public TopicCoverage(TopicList topics, List<RenderedNote> notes, String pendingShownAs) {
        if (topics.isEmpty()) {
            return;
        }
        for (RenderedNote note : notes) {
            if (note.frontMatter() == null) {
                continue;
            }
            String shown = "content/" + note.relativePath();
            for (String id : note.frontMatter().covers()) {
                if (!topics.contains(id)) {
                    problems.add(new Problem(shown, 0, "covers unknown topic id " + id
                            + "; ids are listed in topics/seed-topics.tsv"));
                } else if (coveredBy.containsKey(id)) {
                    problems.add(new Problem(shown, 0, "covers " + id + ", already covered by content/"
                            + coveredBy.get(id).relativePath() + "; a topic is covered by one page"));
                } else {
                    coveredBy.put(id, note);
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (TopicList.Topic t : topics.topics()) {
            boolean covered = coveredBy.containsKey(t.id());
            boolean pending = topics.pending().contains(t.id());
            if (covered && pending) {
                problems.add(new Problem(pendingShownAs, 0, t.id() + " is covered by content/"
                        + coveredBy.get(t.id()).relativePath() + " but still listed as pending; remove it here"));
            } else if (!covered && !pending) {
                missing.add(t.id());
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new Problem(pendingShownAs, 0, "topic ids neither covered by a page nor pending: " + missing
                    + "; cover them or list them here"));
        }
    }

    /** The note covering a topic id, if any. */
    public RenderedNote coveredBy(String id) {
        return coveredBy.get(id);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }
}
