package notebake.render;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetRefParserTest {

    @Test
    void parsesPathRegionHighlightAndShow() {
        SnippetRef r = SnippetRefParser.parse("snippet functions/closures/LazySum.java#lazy highlight=2,4-6 show=code");
        assertEquals("functions/closures/LazySum.java", r.path());
        assertEquals("lazy", r.region());
        assertEquals(List.of(new SnippetRef.LineRange(2, 2), new SnippetRef.LineRange(4, 6)), r.highlight());
        assertEquals(SnippetRef.Show.CODE, r.show());
        assertNull(SnippetRefParser.parse("snippet a/B.java").region());
    }

    @Test
    void rejectsBadReferencesWithAFix() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SnippetRefParser.parse("snippet"))
                .getMessage().contains("names no file"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SnippetRefParser.parse("snippet a/B.java show=all")).getMessage().contains("show=all"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SnippetRefParser.parse("snippet a/B.java highlight=x")).getMessage().contains("highlight=2,4-6"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SnippetRefParser.parse("snippet ../B.java")).getMessage().contains(".."));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SnippetRefParser.parse("snippet a/B.java colour=red")).getMessage().contains("unknown"));
    }
}
