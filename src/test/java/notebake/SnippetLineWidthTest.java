package notebake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over THIS repository's snippets/: no line of any {@code .java} file is wider than 88 columns, the width the
 * site shows beside the table of contents at 1280 px (see LayoutBrowserIT); a wider line makes the reader scroll
 * sideways. Columns are counted as a monospace font draws them: a Chinese (East Asian wide or fullwidth)
 * character takes two, a tab advances to the next multiple of 4 (the reader's {@code tab-size}).
 */
class SnippetLineWidthTest {

    static final int MAX_COLUMNS = 88;

    @Test
    void everySnippetLineFitsBesideTheTableOfContents() throws IOException {
        Path snippets = Path.of("").toAbsolutePath().resolve("snippets");
        assertTrue(Files.isDirectory(snippets), "snippets/ must exist in this repository");
        List<String> tooWide = tooWideLines(snippets);
        assertTrue(tooWide.isEmpty(), tooWide.size() + " snippet line(s) wider than " + MAX_COLUMNS
                + " columns; break them at a natural point (arguments, +, ., a local variable) or shorten"
                + " the comment:\n" + String.join("\n", tooWide));
    }

    @Test
    void namesFileLineAndWidthOfEachTooWideLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("basics/page/Wide.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n",
                "public class Wide {",
                "    // " + "x".repeat(MAX_COLUMNS - 7),             // exactly 88: fits
                "    // " + "x".repeat(MAX_COLUMNS - 6),             // 89
                "    // " + "中".repeat(40),                          // 7 + 80 = 87: fits
                "    // " + "中".repeat(41),                          // 7 + 82 = 89
                "\t".repeat(21) + "xxxx",                            // 84 + 4 = 88: fits
                "\t".repeat(22) + "x",                               // 88 + 1 = 89
                "}"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("basics/page/Wide.out"), "y".repeat(200));   // not a .java file

        assertEquals(List.of(
                        "basics/page/Wide.java:3: 89 columns",
                        "basics/page/Wide.java:5: 89 columns",
                        "basics/page/Wide.java:7: 89 columns"),
                tooWideLines(dir));
    }

    @Test
    void countsColumnsAsAMonospaceFontDrawsThem() {
        assertEquals(0, columns(""));
        assertEquals(5, columns("abcde"));
        assertEquals(6, columns("上海自"));           // CJK ideographs: two columns each
        assertEquals(4, columns("中文"));
        assertEquals(2, columns("𠀀"));               // outside the BMP: one code point, two columns
        assertEquals(2, columns("（"));               // fullwidth parenthesis
        assertEquals(1, columns("—"));                // em dash: one column
        assertEquals(8, columns("\t\t"));
        assertEquals(6, columns("ab\tcd"));          // the tab stops at column 4
    }

    /** Every line of every .java file under {@code snippets} wider than {@link #MAX_COLUMNS}, as "path:line: N columns". */
    static List<String> tooWideLines(Path snippets) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(snippets)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = snippets.relativize(file).toString().replace('\\', '/');
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int width = columns(lines.get(i));
                    if (width > MAX_COLUMNS) {
                        found.add(rel + ":" + (i + 1) + ": " + width + " columns");
                    }
                }
            }
        }
        return found;
    }

    /** The columns a line takes in a monospace font with tab stops every 4 columns. */
    static int columns(String line) {
        int col = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            col = cp == '\t' ? (col / 4 + 1) * 4 : col + (isWide(cp) ? 2 : 1);
        }
        return col;
    }

    /** East Asian Wide and Fullwidth ranges (Unicode UAX #11): Hangul, CJK, Kana, Yi, fullwidth forms, emoji. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
