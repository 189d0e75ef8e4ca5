package notebake.render;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.internal.TextFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's topic list (topics/seed-topics.tsv: id, seed, line, heading, topic, gist, java) and the
 * pending list (topics/pending.txt: one id a line, {@code #} comments). Both optional: other people's notes
 * have none.
 */
public final class TopicList {

    /** One original note heading and the English topic it became. */
    public record Topic(String id, String seed, String heading, String topic, String gist, String java) {
    }

    private final Map<String, Topic> topics;
    private final Set<String> pending;

    private TopicList(Map<String, Topic> topics, Set<String> pending) {
        this.topics = topics;
        this.pending = pending;
    }

    public static TopicList empty() {
        return new TopicList(Map.of(), Set.of());
    }

    /** Reads {@code topicsDir}/seed-topics.tsv and pending.txt; an absent folder gives an empty list. */
    public static TopicList read(Path topicsDir, String shownAs) {
        Path tsv = topicsDir.resolve("seed-topics.tsv");
        if (!Files.isRegularFile(tsv)) {
            return empty();
        }
        Map<String, Topic> topics = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = TextFiles.readUtf8(tsv, shownAs + "/seed-topics.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split("\t", -1);
            if (f.length < 7) {
                problems.add(new Problem(shownAs + "/seed-topics.tsv", i + 1, "expected 7 tab-separated fields"));
                continue;
            }
            topics.put(f[0].strip(), new Topic(f[0].strip(), f[1], f[3], f[4], f[5], f[6].strip()));
        }
        Set<String> pending = new LinkedHashSet<>();
        Path pendingFile = topicsDir.resolve("pending.txt");
        if (Files.isRegularFile(pendingFile)) {
            for (String l : TextFiles.readUtf8(pendingFile, shownAs + "/pending.txt").split("\n")) {
                String id = l.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    pending.add(id);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return new TopicList(Map.copyOf(topics), Set.copyOf(pending));
    }

    public boolean isEmpty() {
        return topics.isEmpty();
    }

    /** Topics in id order. */
    public List<Topic> topics() {
        return topics.values().stream().sorted(java.util.Comparator.comparing(Topic::id)).toList();
    }

    public boolean contains(String id) {
        return topics.containsKey(id);
    }

    public Set<String> pending() {
        return pending;
    }
}
