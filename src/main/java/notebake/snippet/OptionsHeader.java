package notebake.snippet;

import notebake.internal.NearestName;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Parses the {@code // notebake:} options header of a snippet (content/guide/authoring.md, "Options header").
 * Every mistake becomes a {@link SnippetProblem} at its line; parsing goes on so all mistakes are reported
 * together. Stateless and thread-safe.
 */
public final class OptionsHeader {

    /** The marker that starts an option line. */
    public static final String MARKER = "// notebake:";

    /** Every option, with a short meaning shown in error messages. */
    public static final Map<String, String> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("timeout", "wall-clock limit, e.g. timeout=5s or timeout=800ms");
        OPTIONS.put("args", "program arguments, e.g. args=\"one 'two words'\"");
        OPTIONS.put("stdin", "text fed to standard input, e.g. stdin=\"line 1\\nline 2\\n\"");
        OPTIONS.put("exit", "expected exit code, e.g. exit=3");
        OPTIONS.put("exception", "expected uncaught exception, e.g. exception=java.lang.IllegalStateException");
        OPTIONS.put("compile-error", "javac must reject the file, optionally with a diagnostic key");
        OPTIONS.put("release", "minimum Java release, e.g. release=21");
        OPTIONS.put("output", "exact (default) or unordered");
        OPTIONS.put("mask", "named masks: " + String.join(",", OutputMaskNames.NAMES));
        OPTIONS.put("mask-regex", "extra mask, a regular expression, e.g. mask-regex=\"[0-9]+ ms\"");
        OPTIONS.put("jvm", "extra JVM flags, e.g. jvm=\"-ea -Xmx64m\"");
        OPTIONS.put("exclusive", "run while no other snippet runs (timing, all cores)");
    }

    private static final Set<String> REPEATABLE = Set.of("mask", "mask-regex", "jvm", "args");
    private static final Pattern CLASS_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final Pattern DIAGNOSTIC_KEY = Pattern.compile("[a-z][a-z0-9_.-]*");
    private static final Pattern DURATION = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ms|s)");

    private OptionsHeader() {
    }

    /** What the header says, which lines it occupies, and what is wrong with it. */
    public record Parsed(SnippetOptions options, Set<Integer> headerLines, List<SnippetProblem> problems) {
    }

    /**
     * Parses the header of a file.
     *
     * @param path  the file's path relative to the snippets root, for messages
     * @param lines the file's lines
     */
    public static Parsed parse(String path, List<String> lines) {
        Builder b = new Builder(path);
        Set<Integer> headerLines = new HashSet<>();
        boolean inHeader = true;
        boolean inBlockComment = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String t = line.strip();
            if (t.startsWith(MARKER)) {
                if (inHeader) {
                    headerLines.add(i);
                    b.line(i + 1, t.substring(MARKER.length()));
                } else {
                    b.problem(i + 1, "option line after the code starts; move every `" + MARKER
                            + "` line to the top of the file, before `package`, `import` and types");
                }
                continue;
            }
            if (!inHeader) {
                continue;
            }
            if (inBlockComment) {
                inBlockComment = !t.contains("*/");
            } else if (t.startsWith("/*")) {
                inBlockComment = !t.substring(2).contains("*/");
            } else if (!t.isEmpty() && !t.startsWith("//")) {
                inHeader = false;
            }
        }
        return new Parsed(b.build(), Set.copyOf(headerLines), List.copyOf(b.problems));
    }

    private static final class Builder {
        final String path;
        final List<SnippetProblem> problems = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        Duration timeout;
        final List<String> args = new ArrayList<>();
        String stdin;
        int exit;
        String exception;
        boolean compileError;
        String compileErrorKey;
        int release = SnippetOptions.DEFAULT_RELEASE;
        boolean unordered;
        final List<String> masks = new ArrayList<>();
        final List<String> maskRegexes = new ArrayList<>();
        final List<String> jvm = new ArrayList<>();
        boolean exclusive;

        Builder(String path) {
            this.path = path;
        }

        void problem(int line, String message) {
            problems.add(new SnippetProblem(path, line, message));
        }

        void line(int lineNo, String text) {
            List<String[]> pairs;
            try {
                pairs = tokenize(text);
            } catch (IllegalArgumentException e) {
                problem(lineNo, e.getMessage());
                return;
            }
            if (pairs.isEmpty()) {
                problem(lineNo, "empty option line; write e.g. `" + MARKER + " timeout=10s` or remove the line");
            }
            for (String[] kv : pairs) {
                option(lineNo, kv[0], kv[1]);
            }
        }

        void option(int line, String key, String value) {
            if (!OPTIONS.containsKey(key)) {
                String hint = NearestName.of(key, OPTIONS.keySet(), 2);
                problem(line, "unknown option `" + key + "`" + (hint == null ? "" : " (did you mean `" + hint + "`?)")
                        + "; known options: " + String.join(", ", OPTIONS.keySet()) + " (see content/guide/authoring.md)");
                return;
            }
            if (!seen.add(key) && !REPEATABLE.contains(key)) {
                problem(line, "option `" + key + "` is given twice; keep one");
                return;
            }
            if (value == null && !key.equals("compile-error") && !key.equals("exclusive")) {
                problem(line, "option `" + key + "` needs a value: " + OPTIONS.get(key));
                return;
            }
            switch (key) {
                case "timeout" -> {
                    var m = DURATION.matcher(value);
                    if (!m.matches()) {
                        problem(line, "timeout=" + value + " is not a duration; write e.g. timeout=5s or timeout=800ms");
                        return;
                    }
                    double n = Double.parseDouble(m.group(1));
                    long millis = Math.round(m.group(2).equals("ms") ? n : n * 1000);
                    if (millis < 100 || millis > 600_000) {
                        problem(line, "timeout=" + value + " is out of range; use between 100ms and 600s");
                        return;
                    }
                    timeout = Duration.ofMillis(millis);
                }
                case "args" -> {
                    try {
                        args.addAll(words(value));
                    } catch (IllegalArgumentException e) {
                        problem(line, "args: " + e.getMessage());
                    }
                }
                case "stdin" -> stdin = value;
                case "exit" -> {
                    try {
                        exit = Integer.parseInt(value);
                        if (exit < 0 || exit > 255) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        problem(line, "exit=" + value + " is not an exit code; write a number from 0 to 255");
                    }
                }
                case "exception" -> {
                    if (!CLASS_NAME.matcher(value).matches()) {
                        problem(line, "exception=" + value + " is not a class name; write e.g. "
                                + "exception=java.lang.IllegalStateException");
                        return;
                    }
                    exception = value;
                }
                case "compile-error" -> {
                    compileError = true;
                    if (value != null) {
                        if (!DIAGNOSTIC_KEY.matcher(value).matches()) {
                            problem(line, "compile-error=" + value + " is not a javac diagnostic key; write e.g. "
                                    + "compile-error=compiler.err.cant.resolve.location");
                            return;
                        }
                        compileErrorKey = value;
                    }
                }
                case "release" -> {
                    try {
                        release = Integer.parseInt(value);
                        if (release < 8 || release > 99) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        problem(line, "release=" + value + " is not a Java release; write e.g. release=21");
                    }
                }
                case "output" -> {
                    switch (value) {
                        case "exact" -> unordered = false;
                        case "unordered" -> unordered = true;
                        default -> problem(line, "output=" + value + " is unknown; write output=exact or output=unordered");
                    }
                }
                case "mask" -> {
                    for (String name : value.split(",")) {
                        if (!OutputMaskNames.NAMES.contains(name.strip())) {
                            problem(line, "unknown mask `" + name.strip() + "`; known masks: "
                                    + String.join(",", OutputMaskNames.NAMES));
                        } else if (!masks.contains(name.strip())) {
                            masks.add(name.strip());
                        }
                    }
                }
                case "mask-regex" -> {
                    try {
                        Pattern.compile(value);
                        maskRegexes.add(value);
                    } catch (PatternSyntaxException e) {
                        problem(line, "mask-regex=\"" + value + "\" is not a valid regular expression: "
                                + e.getDescription());
                    }
                }
                case "jvm" -> {
                    try {
                        for (String flag : words(value)) {
                            if (!flag.startsWith("-")) {
                                problem(line, "jvm flag `" + flag + "` does not start with `-`; write e.g. jvm=\"-ea\"");
                                return;
                            }
                            jvm.add(flag);
                        }
                    } catch (IllegalArgumentException e) {
                        problem(line, "jvm: " + e.getMessage());
                    }
                }
                case "exclusive" -> {
                    if (value != null) {
                        problem(line, "exclusive takes no value; write just `exclusive`");
                        return;
                    }
                    exclusive = true;
                }
                default -> throw new IllegalStateException(key);
            }
        }

        SnippetOptions build() {
            return new SnippetOptions(timeout, args, stdin, exit, exception, compileError, compileErrorKey, release,
                    unordered, masks, maskRegexes, jvm, exclusive);
        }
    }

    /** Splits an option line into {@code key, value} pairs; a value is {@code null} for a bare key. */
    static List<String[]> tokenize(String text) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '=') {
                i++;
            }
            String key = text.substring(start, i);
            if (key.isEmpty()) {
                throw new IllegalArgumentException("`=` without an option name before it");
            }
            if (i < n && text.charAt(i) == '=') {
                i++;
                StringBuilder value = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char d = text.charAt(i++);
                        if (d == '"') {
                            closed = true;
                            break;
                        }
                        if (d == '\\' && i < n) {
                            char e = text.charAt(i++);
                            switch (e) {
                                case 'n' -> value.append('\n');
                                case 't' -> value.append('\t');
                                case '"' -> value.append('"');
                                case '\\' -> value.append('\\');
                                default -> throw new IllegalArgumentException("unknown escape `\\" + e + "` in the value of `"
                                        + key + "`; use \\n, \\t, \\\" or \\\\");
                            }
                        } else {
                            value.append(d);
                        }
                    }
                    if (!closed) {
                        throw new IllegalArgumentException("the value of `" + key + "` has no closing `\"`");
                    }
                } else {
                    while (i < n && !Character.isWhitespace(text.charAt(i))) {
                        value.append(text.charAt(i++));
                    }
                }
                out.add(new String[]{key, value.toString()});
            } else {
                out.add(new String[]{key, null});
            }
        }
        return out;
    }

    /** Shell-like words: spaces separate, single or double quotes group. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    inWord = false;
                }
            } else {
                cur.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote " + quote);
        }
        if (inWord) {
            out.add(cur.toString());
        }
        return out;
    }

}
