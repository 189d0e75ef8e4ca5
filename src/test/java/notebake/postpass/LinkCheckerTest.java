package notebake.postpass;

import notebake.internal.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkCheckerTest {

    private final LinkChecker checker = new LinkChecker(
            Set.of("index.html", "a/one.html", "a/two.html", "a/index.html", "assets/site.css"),
            Map.of("index.html", Set.of("top"), "a/one.html", Set.of("intro", "details"),
                    "a/two.html", Set.of(), "a/index.html", Set.of()),
            Map.of("a/one.html", "content/a/one.md"));

    @Test
    void resolvingLinksPass() {
        assertNull(checker.problem("a/one.html", "two.html"));
        assertNull(checker.problem("a/one.html", "../index.html#top"));
        assertNull(checker.problem("a/one.html", "#details"));
        assertNull(checker.problem("a/one.html", "../assets/site.css"));
        assertNull(checker.problem("a/one.html", "./"));
        assertNull(checker.problem("index.html", "a/"));
        assertNull(checker.problem("a/one.html", "https://example.org/x.html#nothing"));
        assertNull(checker.problem("a/one.html", "mailto:someone@example.org"));
    }

    @Test
    void brokenPagesAndAnchorsAreNamed() {
        assertTrue(checker.problem("a/one.html", "three.html").contains("no such page a/three.html"));
        assertTrue(checker.problem("a/one.html", "two.html#missing").contains("no anchor #missing on a/two.html"));
        assertTrue(checker.problem("a/one.html", "#nowhere").contains("no anchor #nowhere on a/one.html"));
        assertTrue(checker.problem("a/one.html", "/index.html").contains("sub-path"));
        assertTrue(checker.problem("index.html", "../../x.html").contains("above the site root"));
    }

    @Test
    void problemsNameTheNoteAndLine() {
        List<Problem> problems = checker.check(List.of(new PageLink("a/one.html", "gone.html#x", 12),
                new PageLink("index.html", "#nope", 0)));
        assertEquals(2, problems.size());
        assertEquals("content/a/one.md:12: broken link 'gone.html#x' (page a/one.html): no such page a/gone.html",
                problems.get(0).located());
        assertEquals("site page index.html: broken link '#nope': no anchor #nope on index.html",
                problems.get(1).located());
    }
}
