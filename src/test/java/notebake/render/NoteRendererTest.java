package notebake.render;

import notebake.verify.VerificationReport;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteRendererTest {

    private final NoteRenderer renderer = new NoteRenderer(
            new SnippetLookup(new VerificationReport(VerificationReport.FORMAT, "/s", List.of())), "", false);

    /**
     * Every link, image and snippet block asks Flexmark for its line; without the document's line index each
     * lookup counts lines from the top of the note, so a note with 20,000 links took 55 s to render (5 s with it).
     */
    @Test
    void documentsKeepTheirLineIndexSoLineLookupsAreNotScans() {
        var doc = renderer.parse("# A\n\ntext [x](a.md)\n\nmore\n");
        assertTrue(com.vladsch.flexmark.parser.Parser.TRACK_DOCUMENT_LINES.get(doc), "line index of the document");
        assertEquals(2, doc.getLineNumber(doc.getChars().indexOf("text")));
    }

    @Test
    void linksOfABigNoteCarryTheirOwnLines() {
        StringBuilder md = new StringBuilder("---\ntitle: Big\ndate: 2026-01-01\nsection: s\n---\n");
        for (int i = 0; i < 2000; i++) {
            md.append("## H").append(i).append("\r\n\r\nsee [n").append(i).append("](n").append(i).append(".md)\r\n\r\n");
        }
        RenderedNote note = renderer.render(Path.of("big.md"), "s/big.md", "content/s/big.md", md.toString());
        assertTrue(note.problems().isEmpty(), note.problems().toString());
        // front matter is 5 lines; the link of heading i is on line 6 + 4i + 2
        assertTrue(note.html().contains("<a href=\"n0.html\" data-nb-line=\"8\""), note.html().substring(0, 300));
        assertTrue(note.html().contains("<a href=\"n1999.html\" data-nb-line=\"" + (6 + 4 * 1999 + 2) + "\""));
    }

    @Test
    void anUnclosedSnippetFenceIsCalledUnclosedNotNonEmpty() {
        RenderedNote note = renderer.render(Path.of("x.md"), "s/x.md", "content/s/x.md",
                "---\ntitle: X\ndate: 2026-01-01\nsection: s\n---\n## H\n\n```snippet a/B.java\n\nMore text.\n");
        assertEquals("content/s/x.md:8: this ```snippet block is never closed, so it hides the rest of the note; add a "
                + "``` line right after it", note.problems().get(0).located());
    }
}
