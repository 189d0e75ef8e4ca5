package notebake;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import notebake.render.FrontMatterParser;
import notebake.render.SnippetRefParser;
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
 * Over THIS repository's snippets/ and content/: no line of any {@code .java} snippet file, and no line of a code
 * block that a note writes itself (a fenced block such as ```python or ```text, other than a ```snippet
 * reference, or an indented one), is wider than 88 columns, the width the site shows beside the table of
 * contents at 1280 px (see LayoutBrowserIT); a wider line makes the reader scroll sideways. Columns are counted
 * as a monospace font draws them: a Chinese (East Asian wide or fullwidth) character takes two, a tab advances to
 * the next multiple of 4 (the reader's {@code tab-size}). There are no exemptions: program output that would be
 * wider belongs in a snippet's real output, not in a note's code block.
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
    void everyLineOfANotesOwnCodeBlocksFitsBesideTheTableOfContents() throws IOException {
        Path content = Path.of("").toAbsolutePath().resolve("content");
        assertTrue(Files.isDirectory(content), "content/ must exist in this repository");
        List<String> tooWide = tooWideCodeBlockLines(content);
        assertTrue(tooWide.isEmpty(), tooWide.size() + " line(s) of notes' code blocks wider than " + MAX_COLUMNS
                + " columns; break Python inside brackets (implicit continuation), move a long result comment"
                + " to its own line or shorten it, wrap prose and diagrams:\n" + String.join("\n", tooWide));
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
    void checksTheLinesANotesCodeBlocksShowAndNothingElse(@TempDir Path dir) throws IOException {
        Path note = dir.resolve("content/basics/page.md");
        Files.createDirectories(note.getParent());
        String x88 = "x".repeat(MAX_COLUMNS);
        Files.writeString(note, String.join("\n",
                "---",                                                       // 1
                "title: " + x88,                                             // 2 front matter: not code
                "section: basics",                                           // 3
                "---",                                                       // 4
                "Prose is wrapped by the browser: " + x88,                   // 5
                "",                                                          // 6
                "```python",                                                 // 7
                x88,                                                         // 8 exactly 88: fits
                "y = 1  # " + x88,                                           // 9 97
                "# " + "中".repeat(44),                                       // 10 2 + 88 = 90
                "```",                                                       // 11
                "",                                                          // 12
                "```snippet basics/page/" + x88 + ".java",                   // 13 a reference: not shown
                "```",                                                       // 14
                "",                                                          // 15
                "````markdown",                                              // 16 shows the nested fence
                "```snippet " + x88,                                         // 17 99: shown as code
                "```",                                                       // 18
                "````",                                                      // 19
                "",                                                          // 20
                "- a list item",                                             // 21
                "",                                                          // 22
                "  ```",                                                     // 23
                "  " + x88,                                                  // 24 shown without the indent
                "  " + x88 + "z",                                            // 25 89
                "  ```",                                                     // 26
                "",                                                          // 27
                "~~~text",                                                   // 28
                "\t".repeat(22) + "t",                                       // 29 88 + 1 = 89
                "~~~",                                                       // 30
                "",                                                          // 31
                "    " + x88 + "i",                                          // 32 indented block: 89
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("content/basics/notes.txt"), "```\n" + x88 + "x\n```\n");  // not a note

        assertEquals(List.of(
                        "content/basics/page.md:9: 97 columns (python block)",
                        "content/basics/page.md:10: 90 columns (python block)",
                        "content/basics/page.md:17: 99 columns (markdown block)",
                        "content/basics/page.md:25: 89 columns (unlabelled block)",
                        "content/basics/page.md:29: 89 columns (text block)",
                        "content/basics/page.md:32: 89 columns (indented block)"),
                tooWideCodeBlockLines(dir.resolve("content")));
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

    /**
     * Every line a note's own code blocks show (fenced blocks other than ```snippet references, and indented
     * blocks) that is wider than {@link #MAX_COLUMNS}, in every .md file under {@code content}, as
     * "content/path:line: N columns (lang block)". Blocks are found by Flexmark with the site's extensions, so
     * nesting, list items and front matter are read exactly as the site reads them.
     */
    static List<String> tooWideCodeBlockLines(Path content) throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create()));
        Parser parser = Parser.builder(options).build();
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(content)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                String shown = content.getFileName() + "/"
                        + content.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                // the body keeps the file's line numbers (front matter lines are blanked)
                Document doc = parser.parse(FrontMatterParser.parse(shown, text).body());
                for (Node node : doc.getDescendants()) {
                    String kind;
                    if (node instanceof FencedCodeBlock fenced) {
                        String info = fenced.getInfo().toString().strip();
                        if (SnippetRefParser.isSnippet(info)) {
                            continue;
                        }
                        kind = info.isEmpty() ? "unlabelled" : info.split("\\s+")[0];
                    } else if (node instanceof IndentedCodeBlock) {
                        kind = "indented";
                    } else {
                        continue;
                    }
                    for (BasedSequence line : ((Block) node).getContentLines()) {
                        int width = columns(line.toString().replaceAll("[\r\n]+$", ""));
                        if (width > MAX_COLUMNS) {
                            int lineNumber = doc.getLineNumber(line.getStartOffset()) + 1;
                            found.add(shown + ":" + lineNumber + ": " + width + " columns (" + kind + " block)");
                        }
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
