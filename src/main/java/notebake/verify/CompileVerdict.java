package notebake.verify;

import notebake.snippet.Snippet;

import java.util.List;
import java.util.Locale;

/** Judges compiler outcomes: why a file does not compile, and whether an expected compile error came. Stateless. */
final class CompileVerdict {

    /** The diagnostic code of a problem of the snippet file itself (header, regions, encoding). */
    static final String SNIPPET_PROBLEM = "notebake.snippet";

    private CompileVerdict() {
    }

    /** The reason a file failed to compile, from its first error. */
    static String failure(BatchCompiler.Outcome o, List<Diagnostic> diags) {
        // the snippet's own problems are already in the reason; here only what javac said
        List<Diagnostic> errors = errors(diags).stream().filter(d -> !SNIPPET_PROBLEM.equals(d.code())).toList();
        if (errors.isEmpty()) {
            return "does not compile: " + (o.general().isEmpty() ? "javac gave no message for this file"
                    : String.join("; ", o.general()));
        }
        Diagnostic first = errors.get(0);
        return "does not compile (line " + first.line() + "): " + oneLine(first.message())
                + (errors.size() > 1 ? " (and " + more(errors.size() - 1) + ")" : "");
    }

    /** {@code 1 more error}, {@code 2 more errors}. */
    static String more(int n) {
        return n + " more error" + (n == 1 ? "" : "s");
    }

    /**
     * Why a {@code compile-error} snippet fails: it compiled, javac reported another key, or the compiler
     * could not run; {@code null} when it was rejected as expected.
     */
    static String expectedErrorMissing(Snippet s, BatchCompiler.Outcome o, List<Diagnostic> compiler) {
        List<Diagnostic> errors = errors(compiler);
        String key = s.options().compileErrorKey();
        if (errors.isEmpty() && o.failed().contains(s.file().toAbsolutePath().normalize()) && !o.general().isEmpty()) {
            return "could not check the expected compile error: " + String.join("; ", o.general());
        }
        if (errors.isEmpty()) {
            return "expected a compile error (compile-error" + (key == null ? "" : "=" + key)
                    + ") but the file compiles; fix the snippet or remove the option";
        }
        if (key != null && errors.stream().noneMatch(d -> keyMatches(key, d.code()))) {
            return "expected compile error " + key + " but javac reported " + String.join(", ", errors.stream()
                    .map(d -> d.code() + " at line " + d.line()).distinct().toList()) + ": "
                    + oneLine(errors.get(0).message());
        }
        return null;
    }

    /** The compiler's messages as a page shows them for a compile-error snippet: {@code path:line: error: text}. */
    static String asOutput(List<Diagnostic> compiler) {
        StringBuilder shown = new StringBuilder();
        for (Diagnostic d : compiler) {
            shown.append(d.file()).append(':').append(d.line()).append(": ")
                    .append(d.kind().toLowerCase(Locale.ROOT)).append(": ").append(d.message()).append('\n');
        }
        return shown.toString();
    }

    /** {@code compile-error=cant.resolve} matches {@code compiler.err.cant.resolve}. */
    static boolean keyMatches(String expected, String actual) {
        return actual != null && (actual.equals(expected) || actual.equals("compiler.err." + expected));
    }

    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\n\\s*", "; ");
    }

    private static List<Diagnostic> errors(List<Diagnostic> diags) {
        return diags.stream().filter(d -> d.kind().equals("ERROR")).toList();
    }
}
