package notebake.snippet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few facts the verifier needs from a Java source before compiling it: its package, its top-level type
 * names and whether it has a {@code main} method. Comments and string literals are blanked first, so a
 * {@code main} inside a comment does not count. Stateless.
 *
 * @param packageName   the declared package, or {@code ""} for the unnamed package
 * @param topLevelTypes simple names of the top-level types
 * @param hasMain       whether it declares a launchable {@code main} method
 */
public record JavaSourceFacts(String packageName, List<String> topLevelTypes, boolean hasMain) {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.$\\s]+?)\\s*;", Pattern.MULTILINE);
    private static final Pattern TYPE = Pattern.compile(
            "\\b(?:class|interface|enum|record)\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*)");
    private static final Pattern STATIC_MAIN = Pattern.compile(
            "\\bstatic\\s+(?:(?:final|synchronized|strictfp|public|protected|private)\\s+)*void\\s+main\\s*\\(\\s*(?:final\\s+)?"
                    + "String\\s*(?:\\[\\s*]\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*|\\.\\.\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*"
                    + "|[\\p{L}_$][\\p{L}\\p{N}_$]*\\s*\\[\\s*])\\s*\\)");
    private static final Pattern INSTANCE_MAIN = Pattern.compile("\\bvoid\\s+main\\s*\\(\\s*(?:(?:final\\s+)?String\\s*"
            + "(?:\\[\\s*]|\\.\\.\\.)\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*\\s*)?\\)");

    /** Java 25 launches instance {@code main} methods (JEP 512). */
    private static final int INSTANCE_MAIN_RELEASE = 25;

    public JavaSourceFacts {
        topLevelTypes = List.copyOf(topLevelTypes);
    }

    public static JavaSourceFacts of(String source, int release) {
        String code = blankCommentsAndLiterals(source);
        Matcher p = PACKAGE.matcher(code);
        String pkg = p.find() ? p.group(1).replaceAll("\\s+", "") : "";
        List<String> types = new ArrayList<>();
        Matcher t = TYPE.matcher(code);
        while (t.find()) {
            if (depthAt(code, t.start()) == 0) {
                types.add(t.group(1));
            }
        }
        boolean main = STATIC_MAIN.matcher(code).find()
                || (release >= INSTANCE_MAIN_RELEASE && INSTANCE_MAIN.matcher(code).find());
        return new JavaSourceFacts(pkg, types, main);
    }

    private static int depthAt(String code, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }

    /** Replaces comments and the contents of string, text-block and char literals with spaces (newlines kept). */
    static String blankCommentsAndLiterals(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                blank(s, i, end, out);
                i = end;
            } else if (s.startsWith("\"\"\"", i)) {
                int j = i + 3;
                while (j < n && !s.startsWith("\"\"\"", j)) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 3);
                out.append("\"\"\"");
                blank(s, i + 3, Math.min(j, n), out);
                out.append(end > j ? "\"\"\"".substring(0, end - Math.min(j, n)) : "");
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                int end = Math.min(n, j + 1);
                out.append(c);
                blank(s, i + 1, Math.min(j, n), out);
                if (end > j) {
                    out.append(s.charAt(j));
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(String s, int from, int to, StringBuilder out) {
        for (int k = from; k < to; k++) {
            out.append(s.charAt(k) == '\n' ? '\n' : ' ');
        }
    }
}
