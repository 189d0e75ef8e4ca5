package notebake.render;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.internal.TextFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders notes: front matter validated, Markdown to HTML with verified snippet blocks. The Flexmark parser and
 * renderer are built once per instance (one instance per bake) and reused for every note. Thread-safe.
 */
public final class NoteRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /**
     * @param snippets       the verifier's results
     * @param repositoryBase web URL of the snippets folder in the repository (ending in {@code /}), or empty
     * @param allowFailures  render failed or skipped snippets visibly instead of reporting them as problems
     */
    public NoteRenderer(SnippetLookup snippets, String repositoryBase, boolean allowFailures) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                AutolinkExtension.create(),
                new NoteHtmlExtension(snippets, new SnippetBlockRenderer(repositoryBase), allowFailures)));
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        // every link, image and snippet block asks for its line number; without the document's line index Flexmark
        // counts lines from the start of the note each time, which is quadratic in the note's size
        options.set(Parser.TRACK_DOCUMENT_LINES, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Reads and renders one note. Never throws for bad input: problems are in the result.
     *
     * @param file         the note
     * @param relativePath its path under content/, with {@code /} separators
     * @param shownAs      how messages name the file (e.g. {@code content/functions/closures.md})
     */
    public RenderedNote render(Path file, String relativePath, String shownAs) {
        String text;
        try {
            text = TextFiles.readUtf8(file, shownAs);
        } catch (ProblemException e) {
            return new RenderedNote(file, relativePath, null, "", Set.of(), e.problems());
        }
        return render(file, relativePath, shownAs, text);
    }

    /** Renders a note whose text is already read. */
    public RenderedNote render(Path file, String relativePath, String shownAs, String text) {
        FrontMatterParser.Parsed parsed = FrontMatterParser.parse(shownAs, text.replace("\r\n", "\n"));
        List<Problem> problems = new ArrayList<>(parsed.problems());
        String rootpath = "../".repeat((int) relativePath.chars().filter(c -> c == '/').count());
        NoteContext context = new NoteContext(shownAs, rootpath);
        Document doc = parse(parsed.body());
        checkLevelOneHeadings(doc, parsed.frontMatter(), shownAs, problems);
        NoteHtmlExtension.CONTEXT.set(doc, context);
        String html = renderer.render(doc);
        problems.addAll(context.problems);
        return new RenderedNote(file, relativePath, parsed.frontMatter(), html, context.snippetsUsed, problems,
                context.uses);
    }

    /**
     * The template shows the note's title as the page's one level-1 heading. A body that starts with {@code # Title}
     * repeating it (a common habit) loses that line; any other {@code #} heading would make a second level-1
     * heading, out of order for screen readers and outside the table of contents: a problem, with the fix.
     */
    private static void checkLevelOneHeadings(Document doc, FrontMatter fm, String shownAs, List<Problem> problems) {
        List<Heading> levelOne = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h && h.getLevel() == 1) {
                levelOne.add(h);
            }
        }
        for (Heading h : levelOne) {
            String text = h.getText().toString().strip();
            if (h == doc.getFirstChild() && fm != null && fm.title() != null
                    && text.equalsIgnoreCase(fm.title().strip())) {
                h.unlink();
                continue;
            }
            problems.add(new Problem(shownAs, h.getStartLineNumber() + 1, "level-1 heading '" + text + "': the "
                    + "title is the page's only level-1 heading, so headings in the body start at level 2; make it '## "
                    + text + "'"));
        }
    }

    /** The Markdown body as Flexmark's document, with its line index (so line lookups are not linear scans). */
    Document parse(String body) {
        return parser.parse(body);
    }
}
