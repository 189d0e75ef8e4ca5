package notebake;

import notebake.cli.Main;
import notebake.internal.ProblemException;
import notebake.verify.ResultsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The build's messages say where and what, in the author's own terms. */
class BuildMessagesTest {

    private static String failure(TestSites site) {
        ProblemException e = assertThrows(ProblemException.class, site::build);
        return e.problems().stream().map(p -> p.located()).collect(Collectors.joining("\n"));
    }

    @Test
    void anUnknownSectionNamesTheFrontMatterLine(@TempDir Path dir) {
        TestSites site = new TestSites(dir).note("basics/other.md", "Other", "nowhere", 1, "Text.\n");
        String msg = failure(site);
        // the note helper writes: 1 ---, 2 title, 3 date, 4 section
        assertTrue(msg.contains("content/basics/other.md:4: section 'nowhere' is not in content/sections.yml"), msg);
    }

    @Test
    void anUnclosedListSaysSoAtItsLineWithoutTheQuotingAdvice(@TempDir Path dir) {
        TestSites site = new TestSites(dir).write("content/basics/list.md", """
                ---
                title: List
                date: 2026-11-23
                section: basics
                tags: [demo, java
                summary: About lists.
                ---
                Text.
                """);
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/list.md:5: front matter is not valid YAML"), msg);
        assertTrue(msg.contains("'[' is not closed"), msg);
        assertFalse(msg.contains("quote values"), msg);
    }

    @Test
    void aColonInAValueStillGetsTheQuotingAdvice(@TempDir Path dir) {
        TestSites site = new TestSites(dir).write("content/basics/colon.md", """
                ---
                title: Closures: the basics
                date: 2026-11-23
                section: basics
                ---
                Text.
                """);
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/colon.md:2: front matter is not valid YAML"), msg);
        assertTrue(msg.contains("quote it"), msg);
    }

    @Test
    void aBrokenLinkIsShownAsTheAuthorWroteIt(@TempDir Path dir) {
        TestSites site = new TestSites(dir).note("basics/a.md", "A", "basics", 1,
                "See [the missing note](missing.md#part).\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/a.md:9: broken link 'missing.md#part'"), msg);
        assertFalse(msg.contains("broken link 'missing.html"), msg);
    }

    @Test
    void theBuildOnlyAttributesAreNotPublished(@TempDir Path dir) {
        TestSites site = new TestSites(dir).note("basics/a.md", "A", "basics", 1, "See [b](b.md).\n")
                .note("basics/b.md", "B", "basics", 2, "Text.\n");
        site.build();
        assertTrue(site.page("basics/a.html").contains("href=\"b.html\""), site.page("basics/a.html"));
        assertFalse(site.page("basics/a.html").contains("data-nb-"), site.page("basics/a.html"));
    }

    @Test
    void oneProblemIsCountedInTheSingular(@TempDir Path dir) {
        TestSites site = new TestSites(dir).note("basics/other.md", "Other", "nowhere", 1, "Text.\n");
        ResultsFile.write(site.report(), dir.resolve("target/notebake/results.json"));
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("build", dir.toString());
        assertEquals(5, code, err.toString());
        assertTrue(err.toString().contains("1 problem; nothing was published"), err.toString());
        assertFalse(err.toString().contains("problem(s)"), err.toString());
    }
}
