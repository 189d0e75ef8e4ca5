package notebake.render;

import notebake.internal.Html;
import notebake.verify.ShownRegion;
import notebake.verify.SnippetKind;
import notebake.verify.SnippetResult;
import notebake.verify.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Turns one resolved snippet reference and the verifier's real result into the HTML block a page shows:
 * code for Prism (line numbers, highlighted lines, copy button via the toolbar), links to the whole file, and the
 * run's output with a badge. All snippet text is escaped. Immutable and thread-safe.
 */
public final class SnippetBlockRenderer {

    private final String repositoryBase;

    /**
     * @param repositoryBase web URL of the snippets folder in the repository, ending in {@code /}
     *                       (e.g. {@code https://github.com/o/r/blob/main/snippets/}), or empty for none
     */
    public SnippetBlockRenderer(String repositoryBase) {
        this.repositoryBase = repositoryBase == null ? "" : repositoryBase;
    }

    /** The site path of the page showing a snippet's whole file, relative to the site root. */
    public static String sourcePageUri(String snippetPath) {
        return "snippets/" + snippetPath + ".html";
    }

    /**
     * @param ref      the reference as written
     * @param result   the verifier's result for {@code ref.path()}
     * @param region   the region named by the reference, or null for the whole file
     * @param rootpath relative path from the page to the site root ({@code ""}, {@code "../"}, ...)
     */
    public String render(SnippetRef ref, SnippetResult result, ShownRegion region, String rootpath) {
        return render(ref, result, region, rootpath, null);
    }

    /**
     * @param lineNumbers the real file line number of each shown line ({@link SnippetLookup#lineNumbers}); null to
     *                    number contiguously from the region's first line (or 1)
     */
    public String render(SnippetRef ref, SnippetResult result, ShownRegion region, String rootpath,
                         List<Integer> lineNumbers) {
        return render(ref, result, region, rootpath, lineNumbers, null);
    }

    /**
     * @param id the block's id on the page (the source page's "Used by" links to it); null for none
     */
    public String render(SnippetRef ref, SnippetResult result, ShownRegion region, String rootpath,
                         List<Integer> lineNumbers, String id) {
        String code = region == null ? result.code() : region.code();
        List<Integer> numbers = lineNumbers;
        if (numbers == null || numbers.size() != code.lines().count()) {
            numbers = new ArrayList<>();
            int first = region == null ? 1 : region.startLine();
            for (int i = 0; i < code.lines().count(); i++) {
                numbers.add(first + i);
            }
        }
        int start = numbers.isEmpty() ? 1 : numbers.get(0);
        StringBuilder h = new StringBuilder(code.length() + result.stdout().length() + 512);
        h.append("<figure");
        if (id != null) {
            h.append(" id=\"").append(Html.escape(id)).append('"');
        }
        h.append(" class=\"snippet\" data-snippet=\"").append(Html.escape(ref.target()))
                .append("\" data-status=\"").append(statusWord(result)).append("\">\n");
        caption(h, ref, numbers, rootpath);
        if (ref.show().code()) {
            code(h, ref, code, numbers);
        }
        if (ref.show().output()) {
            run(h, result);
        }
        h.append("</figure>\n");
        return h.toString();
    }

    private void caption(StringBuilder h, SnippetRef ref, List<Integer> numbers, String rootpath) {
        h.append("<figcaption class=\"snippet-caption\"><a class=\"snippet-file\" href=\"")
                .append(Html.escape(rootpath + sourcePageUri(ref.path())))
                .append("\" title=\"The whole file\">").append(Html.escape(ref.path())).append("</a>");
        if (ref.region() != null) {
            h.append(" <span class=\"snippet-region\">region <code>").append(Html.escape(ref.region()))
                    .append("</code></span>");
        }
        if (!repositoryBase.isEmpty()) {
            h.append(" <a class=\"snippet-repo\" href=\"").append(Html.escape(repositoryBase + ref.path()));
            if (ref.region() != null && !numbers.isEmpty()) {
                h.append("#L").append(numbers.get(0)).append("-L").append(numbers.get(numbers.size() - 1));
            }
            h.append("\">view in repository</a>");
        }
        h.append("</figcaption>\n");
    }

    /**
     * The attributes that number a {@code pre.line-numbers} block with real file line numbers: {@code data-start}
     * with the first, and, when lines were removed (options header, region markers), {@code data-line-numbers}
     * listing every shown line's number (reader.js writes them into Prism's rows).
     */
    public static String lineNumberAttributes(List<Integer> numbers) {
        int start = numbers.isEmpty() ? 1 : numbers.get(0);
        StringBuilder a = new StringBuilder(" data-start=\"").append(start).append('"');
        boolean contiguous = true;
        for (int i = 1; i < numbers.size(); i++) {
            contiguous &= numbers.get(i) == numbers.get(i - 1) + 1;
        }
        if (!contiguous) {
            StringJoiner all = new StringJoiner(",");
            numbers.forEach(n -> all.add(String.valueOf(n)));
            a.append(" data-line-numbers=\"").append(all).append('"');
        }
        return a.toString();
    }

    private static void code(StringBuilder h, SnippetRef ref, String code, List<Integer> numbers) {
        // highlight= counts shown lines; Prism's line-highlight finds a line by data-start + position
        int start = numbers.isEmpty() ? 1 : numbers.get(0);
        h.append("<pre class=\"snippet-code line-numbers\"").append(lineNumberAttributes(numbers));
        if (!ref.highlight().isEmpty()) {
            StringJoiner lines = new StringJoiner(",");
            for (SnippetRef.LineRange r : ref.highlight()) {
                int from = r.from() + start - 1;
                int to = r.to() + start - 1;
                lines.add(from == to ? String.valueOf(from) : from + "-" + to);
            }
            h.append(" data-line=\"").append(lines).append("\" data-line-offset=\"").append(start - 1).append('"');
        }
        h.append("><code class=\"language-java\">").append(Html.escape(stripFinalNewline(code)))
                .append("</code></pre>\n");
    }

    private static void run(StringBuilder h, SnippetResult r) {
        String status = statusWord(r);
        h.append("<div class=\"snippet-run snippet-run-").append(status).append("\">\n")
                .append("<div class=\"snippet-run-head\">");
        switch (status) {
            case "verified" -> h.append("<span class=\"badge badge-verified\" title=\"")
                    .append(r.kind() == SnippetKind.HELPER
                            ? "Compiled by the verifier (a helper: not run on its own)"
                            : "Compiled and run by the verifier; below is the real output of that run")
                    .append("\">").append(r.kind() == SnippetKind.HELPER ? "compiles" : "verified").append("</span>");
            case "failed" -> h.append("<span class=\"badge badge-failed\">verification failed</span>");
            default -> h.append("<span class=\"badge badge-skipped\">not verified</span>");
        }
        if (r.jdk() != null && !r.jdk().isEmpty()) {
            h.append(" <span class=\"snippet-jdk\">JDK ").append(Html.escape(r.jdk())).append("</span>");
        }
        if (r.kind() == SnippetKind.RUNNABLE && r.status() != Status.SKIPPED) {
            h.append(" <span class=\"snippet-time\">").append(r.millis()).append(" ms</span>");
        }
        if (r.exitCode() != null && r.exitCode() != 0) {
            h.append(" <span class=\"snippet-exit\">exit code ").append(r.exitCode()).append("</span>");
        }
        h.append("</div>\n");
        if (r.reason() != null && r.status() != Status.VERIFIED) {
            h.append("<p class=\"snippet-reason\">").append(Html.escape(r.reason())).append("</p>\n");
        }
        if (r.kind() == SnippetKind.RUNNABLE || !r.stdout().isEmpty() || !r.stderr().isEmpty()) {
            if (r.stdout().isEmpty() && r.stderr().isEmpty()) {
                h.append("<p class=\"snippet-no-output\">(no output)</p>\n");
            }
            stream(h, "stdout", r.stdout(), r.stdoutTruncated());
            stream(h, "stderr", r.stderr(), r.stderrTruncated());
        }
        h.append("</div>\n");
    }

    private static void stream(StringBuilder h, String name, String text, boolean truncated) {
        if (text.isEmpty()) {
            return;
        }
        h.append("<pre class=\"snippet-").append(name).append("\" aria-label=\"").append(name).append("\"><code>")
                .append(Html.escape(stripFinalNewline(text))).append("</code></pre>\n");
        if (truncated) {
            h.append("<p class=\"snippet-truncated\">").append(name).append(" was cut at the output limit</p>\n");
        }
    }

    private static String statusWord(SnippetResult r) {
        return switch (r.status()) {
            case VERIFIED -> "verified";
            case FAILED -> "failed";
            case SKIPPED -> "skipped";
        };
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
