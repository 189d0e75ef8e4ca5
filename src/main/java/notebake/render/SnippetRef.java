package notebake.render;

import java.util.List;

/**
 * A ```snippet reference in a note: which snippet, which region, which lines to highlight, what to show.
 *
 * @param path      path relative to snippets/, with {@code /} separators
 * @param region    region name, or null for the whole file
 * @param highlight highlighted line ranges, numbered within what is shown (1-based, inclusive)
 * @param show      code, output or both
 */
public record SnippetRef(String path, String region, List<LineRange> highlight, Show show) {

    public SnippetRef {
        highlight = List.copyOf(highlight);
    }

    /** What a reference shows. */
    public enum Show {
        BOTH, CODE, OUTPUT;

        public boolean code() {
            return this != OUTPUT;
        }

        public boolean output() {
            return this != CODE;
        }
    }

    /** Lines {@code from..to}, inclusive. */
    public record LineRange(int from, int to) {
    }

    /** {@code path} or {@code path#region}: how the reference is written. */
    public String target() {
        return region == null ? path : path + "#" + region;
    }
}
