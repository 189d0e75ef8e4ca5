package notebake.report;

import notebake.verify.Diagnostic;
import notebake.verify.SnippetResult;
import notebake.verify.Status;
import notebake.verify.VerificationReport;

import java.util.List;
import java.util.Locale;

/**
 * The human summary of a verification: one line of counts ({@code 142 verified, 1 failed, 0 skipped}), then
 * each failed and skipped snippet with {@code file:line} and its reason. Stateless.
 */
public final class ConsoleSummary {

    private ConsoleSummary() {
    }

    /**
     * @param snippetsPrefix how to name the snippets folder in locations, e.g. {@code snippets/}
     * @param strict         whether skipped snippets count as failures (then they are called so)
     */
    public static String render(VerificationReport report, String snippetsPrefix, boolean strict) {
        StringBuilder b = new StringBuilder();
        for (SnippetResult r : report.snippets()) {
            if (r.status() == Status.VERIFIED) {
                continue;
            }
            String label = r.status() == Status.FAILED ? "FAILED" : strict ? "SKIPPED (fails under --strict)" : "SKIPPED";
            b.append(label).append(' ').append(snippetsPrefix).append(r.path()).append(':').append(line(r))
                    .append(": ").append(indent(withoutRepeatedLine(r.reason() == null ? "" : r.reason(), line(r))))
                    .append('\n');
            if (r.status() == Status.FAILED) {
                List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.kind().equals("ERROR")).toList();
                for (Diagnostic d : errors.size() > 1 ? errors : List.<Diagnostic>of()) {
                    {
                        b.append("    ").append(snippetsPrefix).append(indent(d.located())).append('\n');
                    }
                }
                if (r.threadDump() != null) {
                    b.append("    (thread dump in the results file, field threadDump)\n");
                }
            }
        }
        b.append(String.format(Locale.ROOT, "%d verified, %d failed, %d skipped%n", report.verified(), report.failed(),
                report.skipped()));
        return b.toString();
    }

    /** The line to point at: the first compiler error's, else 1. */
    static long line(SnippetResult r) {
        return r.diagnostics().stream().filter(d -> d.kind().equals("ERROR") && d.line() > 0)
                .mapToLong(Diagnostic::line).findFirst().orElse(1);
    }

    /** A reason that starts with {@code line N: } where N is the line already named: without that prefix. */
    static String withoutRepeatedLine(String reason, long line) {
        String prefix = "line " + line + ": ";
        return reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason;
    }

    private static String indent(String s) {
        return visible(s.strip()).replace("\n", "\n    ");
    }

    /**
     * Reasons quote snippet output, which is untrusted: control characters (escape sequences that would recolour,
     * retitle or clear the terminal, NUL, bell, carriage return) are written as {@code \u001B} and so on.
     */
    public static String visible(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (c != '\n' && c != '\t' && (Character.getType(c) == Character.CONTROL)) {
                b.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }
}
