package notebake.render;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.internal.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads content/sections.yml: a list of {@code key}, {@code title}, {@code summary} entries, in reading order.
 * Without the file, sections are derived from the notes ({@link #derived}).
 */
public final class SectionsFile {

    public static final String NAME = "sections.yml";
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SectionsFile() {
    }

    /** The sections, or an empty list when the file does not exist. */
    public static List<Section> read(Path file, String shownAs) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String text = TextFiles.readUtf8(file, shownAs);
        List<Problem> problems = new ArrayList<>();
        List<Section> out = new ArrayList<>();
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ProblemException(new Problem(shownAs, e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem()));
        }
        if (!(root instanceof SequenceNode seq)) {
            throw new ProblemException(new Problem(shownAs, 1,
                    "must be a list of '- key: ..., title: ..., summary: ...' entries"));
        }
        Set<String> seen = new HashSet<>();
        for (Node item : seq.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (!(item instanceof MappingNode map)) {
                problems.add(new Problem(shownAs, line, "each section must have key, title and summary"));
                continue;
            }
            String key = null;
            String title = null;
            String summary = "";
            for (NodeTuple t : map.getValue()) {
                String k = ((ScalarNode) t.getKeyNode()).getValue();
                String v = t.getValueNode() instanceof ScalarNode s ? s.getValue() : null;
                switch (k) {
                    case "key" -> key = v;
                    case "title" -> title = v;
                    case "summary" -> summary = v == null ? "" : v;
                    default -> problems.add(new Problem(shownAs, t.getKeyNode().getStartMark().getLine() + 1,
                            "unknown section field '" + k + "'; use key, title, summary"));
                }
            }
            if (key == null) {
                problems.add(new Problem(shownAs, line, "this section has no key; add 'key: <folder-name>' (the "
                        + "lower-case kebab-case name its notes give as 'section:')"));
            } else if (!KEY.matcher(key).matches()) {
                problems.add(new Problem(shownAs, line, "section key '" + key
                        + "' must be lower-case kebab-case (it becomes a folder of the site)"));
            } else if (!seen.add(key)) {
                problems.add(new Problem(shownAs, line, "section key '" + key + "' is listed twice"));
            } else {
                out.add(new Section(key, title == null || title.isBlank() ? key : title.strip(), summary.strip()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(problems);
        }
        return List.copyOf(out);
    }

    /** Sections named by notes but absent from sections.yml, in name order, titled by their key. */
    public static List<Section> derived(List<String> keys) {
        return keys.stream().distinct().sorted().map(k -> new Section(k, k, "")).toList();
    }
}
