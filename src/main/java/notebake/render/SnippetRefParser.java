package notebake.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the info string of a ```snippet block into a {@link SnippetRef}. Stateless. */
public final class SnippetRefParser {

    private SnippetRefParser() {
    }

    /** Whether a fenced block's info string asks for a snippet. */
    public static boolean isSnippet(String info) {
        String s = info.strip();
        return s.equals("snippet") || s.startsWith("snippet ") || s.startsWith("snippet\t");
    }

    /**
     * @throws IllegalArgumentException with a message saying what is wrong and how to write it
     */
    public static SnippetRef parse(String info) {
        String[] words = info.strip().split("\\s+");
        if (words.length < 2) {
            throw new IllegalArgumentException("snippet reference names no file; write ```snippet section/page/Name.java");
        }
        String target = words[1];
        String path = target;
        String region = null;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            path = target.substring(0, hash);
            region = target.substring(hash + 1);
            if (region.isEmpty()) {
                throw new IllegalArgumentException("empty region name after '#' in '" + target + "'");
            }
        }
        if (!path.endsWith(".java")) {
            throw new IllegalArgumentException("snippet path '" + path + "' must name a .java file under snippets/");
        }
        if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("snippet path '" + path
                    + "' must be relative to snippets/, with '/' and no '..'");
        }
        List<SnippetRef.LineRange> highlight = List.of();
        SnippetRef.Show show = SnippetRef.Show.BOTH;
        for (int i = 2; i < words.length; i++) {
            String w = words[i];
            int eq = w.indexOf('=');
            String key = eq < 0 ? w : w.substring(0, eq);
            String value = eq < 0 ? "" : w.substring(eq + 1);
            switch (key) {
                case "highlight" -> highlight = ranges(value);
                case "show" -> {
                    try {
                        show = SnippetRef.Show.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("show=" + value + " is not one of both, code, output");
                    }
                }
                default -> throw new IllegalArgumentException("unknown snippet option '" + w
                        + "'; use highlight=2,4-6 and show=both|code|output");
            }
        }
        return new SnippetRef(path, region, highlight, show);
    }

    private static List<SnippetRef.LineRange> ranges(String value) {
        List<SnippetRef.LineRange> out = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                int dash = part.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
                if (from < 1 || to < from) {
                    throw new NumberFormatException();
                }
                out.add(new SnippetRef.LineRange(from, to));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("highlight=" + value
                        + " is not a list of lines; write e.g. highlight=2,4-6");
            }
        }
        return out;
    }
}
