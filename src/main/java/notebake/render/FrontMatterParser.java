package notebake.render;

import notebake.internal.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a note into its YAML front matter and Markdown body, and validates the front matter. Every problem is
 * reported with the note's line. Stateless and thread-safe.
 */
public final class FrontMatterParser {

    /** Accepted keys with what they hold (shown when a key is unknown). */
    public static final Map<String, String> KEYS = Map.of(
            "title", "page title (required)",
            "date", "publication date, YYYY-MM-DD (required)",
            "section", "a key of content/sections.yml (required)",
            "order", "position within the section, a whole number",
            "tags", "list of tags",
            "summary", "one sentence",
            "covers", "list of topic ids",
            "aliases", "list of original headings");

    /** The outcome: front matter (null when unusable), the body with front matter lines blanked, and problems. */
    public record Parsed(FrontMatter frontMatter, String body, List<Problem> problems) {
    }

    /** SnakeYAML instances are not thread-safe but costly to build: one per thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        return new Yaml(options);
    });

    private FrontMatterParser() {
    }

    /**
     * Parses {@code text}, the whole note. The returned body keeps the note's line numbering: front matter lines
     * are replaced by empty lines, so a body line number is the file's line number.
     */
    public static Parsed parse(String file, String text) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            problems.add(new Problem(file, 1, "no front matter; start the note with a '---' line, then title, date, "
                    + "section, ..., then a closing '---' (see the authoring guide)"));
            return new Parsed(null, text, problems);
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.equals("---") || l.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            problems.add(new Problem(file, 1, "front matter is never closed; add a '---' line after it"));
            return new Parsed(null, text, problems);
        }
        StringBuilder yaml = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0 && i < close) {
                yaml.append(lines[i]).append('\n');
            }
            if (i > close) {
                body.append(lines[i]);
            }
            if (i < lines.length - 1) {
                body.append('\n');
            }
        }
        FrontMatter fm = validate(file, yaml.toString(), problems);
        return new Parsed(fm, body.toString(), problems);
    }

    private static FrontMatter validate(String file, String yaml, List<Problem> problems) {
        Node root;
        try {
            root = YAML.get().compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
            if (e.getContextMark() != null && isUnclosed(e)) {
                line = e.getContextMark().getLine() + 2; // where the list or map opens, not where YAML gave up
            }
            problems.add(new Problem(file, line, "front matter is not valid YAML: " + e.getProblem() + hint(e)));
            return null;
        } catch (YAMLException e) {
            problems.add(new Problem(file, 1, "front matter is not valid YAML: " + e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode map)) {
            problems.add(new Problem(file, 2, "front matter must be 'key: value' lines"));
            return null;
        }
        String title = null;
        String section = null;
        LocalDate date = null;
        int order = Integer.MAX_VALUE;
        String summary = "";
        List<String> tags = List.of();
        List<String> covers = List.of();
        List<String> aliases = List.of();
        int sectionLine = 1;
        int before = problems.size();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (NodeTuple t : map.getValue()) {
            int line = t.getKeyNode().getStartMark().getLine() + 2;
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                // YAML's node graph keeps both; the later one would silently win
                problems.add(new Problem(file, line, "'" + key + "' is given twice (first on line " + first
                        + "); keep one"));
                continue;
            }
            Node value = t.getValueNode();
            switch (key) {
                case "title" -> title = scalar(file, line, key, value, problems);
                case "section" -> {
                    section = scalar(file, line, key, value, problems);
                    sectionLine = line;
                }
                case "summary" -> summary = scalar(file, line, key, value, problems);
                case "date" -> {
                    String v = scalar(file, line, key, value, problems);
                    if (v != null) {
                        try {
                            date = LocalDate.parse(v);
                        } catch (DateTimeParseException e) {
                            problems.add(new Problem(file, line, "date '" + v + "' is not a date; write YYYY-MM-DD"));
                        }
                    }
                }
                case "order" -> {
                    String v = scalar(file, line, key, value, problems);
                    if (v != null) {
                        try {
                            order = Integer.parseInt(v);
                        } catch (NumberFormatException e) {
                            problems.add(new Problem(file, line, "order '" + v + "' is not a whole number"));
                        }
                    }
                }
                case "tags" -> tags = list(file, line, key, value, problems);
                case "covers" -> covers = list(file, line, key, value, problems);
                case "aliases" -> aliases = list(file, line, key, value, problems);
                default -> problems.add(new Problem(file, line, "unknown front matter key '" + key
                        + "'; known keys are " + String.join(", ", new java.util.TreeSet<>(KEYS.keySet()))));
            }
        }
        int first = map.getStartMark().getLine() + 2;
        if (title == null || title.isBlank()) {
            problems.add(new Problem(file, first, "front matter has no title; add 'title: ...'"));
        }
        if (section == null || section.isBlank()) {
            problems.add(new Problem(file, first, "front matter has no section; add 'section: <key of sections.yml>'"));
        }
        if (date == null && problems.size() == before) {
            problems.add(new Problem(file, first, "front matter has no date; add 'date: YYYY-MM-DD'"));
        }
        if (problems.size() > before) {
            return null;
        }
        return new FrontMatter(title.strip(), date, section.strip(), order, tags, summary.strip(), covers, aliases, 1,
                sectionLine);
    }

    private static boolean isUnclosed(MarkedYAMLException e) {
        String context = String.valueOf(e.getContext());
        return context.contains("flow sequence") || context.contains("flow mapping")
                || context.contains("quoted scalar");
    }

    /** Advice for the YAML mistakes authors make, matched to the parser's own description of the problem. */
    private static String hint(MarkedYAMLException e) {
        String context = String.valueOf(e.getContext());
        String problem = String.valueOf(e.getProblem());
        if (context.contains("flow sequence")) {
            return "; a list opened with '[' is not closed: write it on one line as [a, b]";
        }
        if (context.contains("flow mapping")) {
            return "; a '{' is not closed: close it with '}', or quote the value";
        }
        if (context.contains("quoted scalar")) {
            return "; a quoted value is not closed: end it with the same quote it starts with";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "; a value contains ': ' — quote it, e.g. title: \"Closures: the basics\"";
        }
        if (problem.contains("could not find expected ':'")) {
            return "; every front matter line is 'key: value'";
        }
        if (problem.contains("\\t") || problem.contains("tab")) {
            return "; indent with spaces, not tabs";
        }
        return "";
    }

    private static String scalar(String file, int line, String key, Node value, List<Problem> problems) {
        if (value instanceof ScalarNode s) {
            return s.getValue();
        }
        problems.add(new Problem(file, line, key + " must be a single value, not a list or map"));
        return null;
    }

    private static List<String> list(String file, int line, String key, Node value, List<Problem> problems) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof SequenceNode seq) {
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    if (!s.getValue().isBlank()) {
                        out.add(s.getValue().strip());
                    }
                } else {
                    problems.add(new Problem(file, n.getStartMark().getLine() + 2,
                            key + " items must be plain values"));
                }
            }
        } else if (value instanceof ScalarNode s) {
            for (String part : s.getValue().split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        } else {
            problems.add(new Problem(file, line, key + " must be a list like [a, b]"));
        }
        return List.copyOf(out);
    }
}
