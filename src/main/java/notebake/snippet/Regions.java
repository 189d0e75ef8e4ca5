package notebake.snippet;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a snippet file into what a page may show: the whole code without the options header and region
 * markers, and its JEP 413 style regions ({@code // @start region=name} … {@code // @end}). A marker may
 * stand on its own line or trail a code line (the region then starts or ends with that line). Stateless.
 */
public final class Regions {

    private static final Pattern START = Pattern.compile("//\\s*@start\\s+region\\s*=\\s*\"?([\\w.-]+)\"?\\s*$");
    private static final Pattern END = Pattern.compile("//\\s*@end(?:\\s+region\\s*=\\s*\"?([\\w.-]+)\"?)?\\s*$");
    /** A comment that starts like a marker but is not one (no region name, a typo): reported, never shown. */
    private static final Pattern MARKER_LIKE = Pattern.compile("//\\s*@(start|end)\\b(.*)$");

    private Regions() {
    }

    /** The shown code, the regions in order of their start, and any marker mistakes. */
    public record Shown(String code, List<Region> regions, List<SnippetProblem> problems) {
    }

    private record Line(int number, String text) {
    }

    private static final class Open {
        final String name;
        final int markerLine;
        final List<Line> lines = new ArrayList<>();

        Open(String name, int markerLine) {
            this.name = name;
            this.markerLine = markerLine;
        }
    }

    /**
     * The real line numbers (1-based, in the file as written) of every shown line: of the whole code and of each
     * region by name. They have gaps where the options header or region markers were removed, so a page can show
     * the numbers that javac messages and stack traces use.
     */
    public record ShownLines(List<Integer> code, Map<String, List<Integer>> regions) {
        public ShownLines {
            code = List.copyOf(code);
            regions = Map.copyOf(regions);
        }
    }

    /** The real line numbers of what a page shows of a snippet file's text (header and markers removed). */
    public static ShownLines lineNumbers(String source) {
        List<String> lines = source.lines().toList();
        return scan("", lines, OptionsHeader.parse("", lines).headerLines()).lineNumbers();
    }

    public static Shown parse(String path, List<String> lines, Set<Integer> headerLines) {
        return scan(path, lines, headerLines).shown();
    }

    private record Scan(List<Line> all, List<Open> regions, List<SnippetProblem> problems) {
        Shown shown() {
            List<Region> out = new ArrayList<>();
            for (Open o : regions) {
                List<Line> body = trimBlank(o.lines);
                out.add(new Region(o.name, join(dedent(body)), body.get(0).number));
            }
            return new Shown(join(trimBlank(all).stream().map(Line::text).toList()), List.copyOf(out),
                    List.copyOf(problems));
        }

        ShownLines lineNumbers() {
            Map<String, List<Integer>> byRegion = new LinkedHashMap<>();
            for (Open o : regions) {
                byRegion.put(o.name, trimBlank(o.lines).stream().map(Line::number).toList());
            }
            return new ShownLines(trimBlank(all).stream().map(Line::number).toList(), byRegion);
        }
    }

    private static Scan scan(String path, List<String> lines, Set<Integer> headerLines) {
        List<SnippetProblem> problems = new ArrayList<>();
        List<Line> shown = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        Map<String, Open> done = new LinkedHashMap<>();
        List<Open> order = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (headerLines.contains(i)) {
                continue;
            }
            String text = lines.get(i);
            int no = i + 1;
            Matcher s = START.matcher(text);
            Matcher e = END.matcher(text);
            Matcher m = MARKER_LIKE.matcher(text);
            if (s.find()) {
                String code = text.substring(0, s.start()).stripTrailing();
                String name = s.group(1);
                if (done.containsKey(name) || open.stream().anyMatch(o -> o.name.equals(name))) {
                    problems.add(new SnippetProblem(path, no, "region `" + name + "` is declared twice; rename one"));
                } else {
                    Open o = new Open(name, no);
                    open.add(o);
                    order.add(o);
                }
                if (!code.isBlank()) {
                    add(shown, open, new Line(no, code));
                }
            } else if (e.find()) {
                String code = text.substring(0, e.start()).stripTrailing();
                if (!code.isBlank()) {
                    add(shown, open, new Line(no, code));
                }
                String name = e.group(1);
                Open closing = null;
                if (name == null) {
                    closing = open.isEmpty() ? null : open.get(open.size() - 1);
                } else {
                    for (Open o : open) {
                        if (o.name.equals(name)) {
                            closing = o;
                        }
                    }
                }
                if (closing == null) {
                    problems.add(new SnippetProblem(path, no, name == null
                            ? "`// @end` without an open region; remove it or add `// @start region=name` above"
                            : "`// @end region=" + name + "` closes no open region of that name"));
                } else {
                    open.remove(closing);
                    done.put(closing.name, closing);
                }
            } else if (m.find()) {
                problems.add(new SnippetProblem(path, no, "`" + m.group(0).strip() + "` is not a region marker; write "
                        + (m.group(1).equals("start") ? "`// @start region=name` (a name of letters, digits, `.`, "
                        + "`_` or `-`)" : "`// @end` or `// @end region=name`")));
            } else {
                add(shown, open, new Line(no, text));
            }
        }
        for (Open o : open) {
            problems.add(new SnippetProblem(path, o.markerLine, "region `" + o.name
                    + "` is never closed; add `// @end` after its last line"));
        }
        List<Open> regions = new ArrayList<>();
        for (Open o : order) {
            if (done.containsKey(o.name)) {
                if (o.lines.stream().allMatch(l -> l.text.isBlank())) {
                    problems.add(new SnippetProblem(path, o.markerLine, "region `" + o.name + "` is empty"));
                    continue;
                }
                regions.add(o);
            }
        }
        return new Scan(shown, regions, problems);
    }

    private static void add(List<Line> shown, List<Open> open, Line line) {
        shown.add(line);
        for (Open o : open) {
            o.lines.add(line);
        }
    }

    private static List<Line> trimBlank(List<Line> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).text.isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).text.isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    private static List<String> dedent(List<Line> lines) {
        int common = Integer.MAX_VALUE;
        for (Line l : lines) {
            if (!l.text.isBlank()) {
                int n = 0;
                while (n < l.text.length() && (l.text.charAt(n) == ' ' || l.text.charAt(n) == '\t')) {
                    n++;
                }
                common = Math.min(common, n);
            }
        }
        int cut = common == Integer.MAX_VALUE ? 0 : common;
        return lines.stream().map(l -> l.text.isBlank() ? "" : l.text.substring(cut)).toList();
    }

    private static String join(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
