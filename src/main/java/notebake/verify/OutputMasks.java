package notebake.verify;

import notebake.snippet.SnippetOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises nondeterministic output before comparison: the named masks of content/guide/authoring.md, the
 * snippet's own {@code mask-regex=} patterns, and {@code output=unordered} (lines sorted). The page always
 * shows the real output; masks only affect comparison and golden files. Thread-safe.
 */
public final class OutputMasks {

    /** Named mask → (pattern, placeholder). Order matters: timestamps before durations, hashes before pids. */
    static final Map<String, Pattern> PATTERNS = new LinkedHashMap<>();
    static final Map<String, String> PLACEHOLDERS = Map.of(
            "hash", "<hash>", "timestamp", "<timestamp>", "duration", "<duration>", "port", "<port>",
            "pid", "<pid>", "thread-id", "<tid>");

    static {
        PATTERNS.put("hash", Pattern.compile("(?<=@)[0-9a-f]{4,16}\\b|(?<=\\$\\$Lambda)(?:\\$[0-9]+)?/0x[0-9a-f]+"
                + "|(?<=\\$\\$Lambda/)0x[0-9a-f]+|(?<=\\$\\$Lambda)\\$[0-9]+"));
        PATTERNS.put("timestamp", Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?"
                + "(?:Z|[+-]\\d{2}:?\\d{2})?(?:\\[[\\w/+-]+])?)?|\\b\\d{1,2}:\\d{2}:\\d{2}(?:[.,]\\d{1,9})?\\b"));
        PATTERNS.put("duration", Pattern.compile("\\b\\d+(?:[.,]\\d+)?(?:E-?\\d+)?\\s?(?:ns|µs|us|ms|s)\\b"));
        PATTERNS.put("port", Pattern.compile("(?<=:)\\d{2,5}\\b|(?<=\\bport[ =:])\\s*\\d{2,5}\\b",
                Pattern.CASE_INSENSITIVE));
        PATTERNS.put("pid", Pattern.compile("(?<=\\b(?:pid|PID|process|Process)[ =:#]{1,2})\\d+\\b|(?<=\\bpid=)\\d+"));
        PATTERNS.put("thread-id", Pattern.compile("(?<=\\b(?:tid|thread-id|thread id)[ =:#]{1,2})\\d+\\b"
                + "|(?<=\\bThread-)\\d+\\b|(?<=\\bpool-)\\d+\\b|(?<=-thread-)\\d+\\b|(?<=ForkJoinPool-)\\d+\\b"
                + "|(?<=-worker-)\\d+\\b|(?<=Thread\\[#)\\d+\\b"));
    }

    private OutputMasks() {
    }

    /** Applies the snippet's masks (not the ordering) to a text. */
    public static String mask(String text, SnippetOptions o) {
        String t = text;
        for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
            if (o.masks().contains(e.getKey())) {
                t = e.getValue().matcher(t).replaceAll(PLACEHOLDERS.get(e.getKey()));
            }
        }
        for (String regex : o.maskRegexes()) {
            t = Pattern.compile(regex).matcher(t).replaceAll("<masked>");
        }
        return t;
    }

    /** The form two outputs are compared in: masked, with lines sorted when order does not matter. */
    public static String comparable(String text, SnippetOptions o) {
        String t = mask(text, o).replace("\r\n", "\n");
        if (!o.unordered()) {
            return t;
        }
        List<String> lines = new ArrayList<>(t.lines().toList());
        lines.sort(null);
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
