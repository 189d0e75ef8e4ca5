package notebake;

import notebake.cli.Main;
import notebake.internal.ProblemException;
import notebake.verify.ResultsFile;
import notebake.verify.ShownRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad input gives file:line messages, fails the build, and leaves the previous site intact. */
class FailurePathsTest {

    private static final String CODE = "public class A {\n    public static void main(String[] a) {\n"
            + "        System.out.println(1);\n    }\n}\n";

    private static TestSites good(Path dir) {
        return new TestSites(dir)
                .note("basics/a.md", "A", "basics", 1, "Intro.\n\n```snippet basics/a/A.java\n```\n")
                .verified("basics/a/A.java", CODE, "1\n", "", 0, new ShownRegion("main", "System.out.println(1);\n", 3));
    }

    private static String failure(TestSites site) {
        ProblemException e = assertThrows(ProblemException.class, site::build);
        return e.problems().stream().map(p -> p.located()).collect(Collectors.joining("\n"));
    }

    @Test
    void missingSnippetNamesNoteAndLine(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2, "Text.\n\n```snippet basics/b/Nope.java\n```\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:11: no snippet snippets/basics/b/Nope.java"), msg);
    }

    @Test
    void missingRegionNamesNoteLineAndKnownRegions(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2, "```snippet basics/a/A.java#loop\n```\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:9: snippet basics/a/A.java has no region 'loop'; its regions are main"),
                msg);
    }

    @Test
    void failedSnippetFailsTheBuildUnlessAllowed(@TempDir Path dir) throws IOException {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2, "```snippet basics/b/B.java\n```\n")
                .failed("basics/b/B.java", CODE, "output differs from B.out");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:9: snippet basics/b/B.java is failed (output differs from B.out)"),
                msg);
        BuildReport draft = Notebake.build(site.config(), new BuildOptions(true), site.report());
        assertEquals(2, draft.notes());
        String page = site.page("basics/b.html");
        assertTrue(page.contains("badge-failed"), page);
        assertFalse(page.contains("badge-verified"), page);
    }

    @Test
    void badFrontMatterNamesLine(@TempDir Path dir) {
        TestSites site = good(dir).write("content/basics/b.md",
                "---\ntitle: B\ndate: 23 November\nsection: basics\ncolour: red\n---\nText\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:3: date '23 November' is not a date; write YYYY-MM-DD"), msg);
        assertTrue(msg.contains("content/basics/b.md:5: unknown front matter key 'colour'"), msg);
    }

    @Test
    void invalidYamlAndMissingFrontMatter(@TempDir Path dir) {
        TestSites site = good(dir)
                .write("content/basics/b.md", "---\ntitle: [unclosed\nsection: basics\n---\nText\n")
                .write("content/basics/c.md", "# No front matter\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:"), msg);
        assertTrue(msg.contains("not valid YAML"), msg);
        assertTrue(msg.contains("content/basics/c.md:1: no front matter"), msg);
    }

    @Test
    void unknownSectionIsNamed(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "nowhere", 1, "Text\n");
        assertTrue(failure(site).contains("section 'nowhere' is not in content/sections.yml"));
    }

    @Test
    void duplicatePageSlug(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/index.md", "Index", "basics", 2, "Text\n")
                .note("basics/A.md", "A again", "basics", 3, "Text\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/index.md: duplicate page slug: basics/index.html is the address of "
                + "the section page of 'basics'"), msg);
        assertTrue(msg.contains("content/basics/a.md: duplicate page slug: this note and content/basics/A.md both become basics/a.html"), msg);
    }

    @Test
    void nonUtf8FileNamesLine(@TempDir Path dir) throws IOException {
        TestSites site = good(dir);
        byte[] latin1 = "---\ntitle: Caf\u00e9\ndate: 2026-11-23\nsection: basics\n---\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("content/basics/b.md"), latin1);
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:2: not valid UTF-8 (byte 0xE9"), msg);
    }

    @Test
    void brokenLinkAndAnchorNameNoteAndLine(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2,
                "## Here\n\nSee [a](a.md#nothing) and [c](c.md) and [here](#here).\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:11: broken link 'a.md#nothing' (page basics/b.html): "
                + "no anchor #nothing on basics/a.html"), msg);
        assertTrue(msg.contains("content/basics/b.md:11: broken link 'c.md' (page basics/b.html): "
                + "no such page basics/c.html"), msg);
        assertFalse(msg.contains("#here"), msg);
    }

    @Test
    void snippetProblemsAndBrokenLinksAreReportedTogether(@TempDir Path dir) throws IOException {
        TestSites site = good(dir);
        site.build();
        String before = site.page("basics/a.html");
        site.note("basics/b.md", "B", "basics", 2, "```snippet basics/b/B.java\n```\n\n```snippet basics/b/Nope.java\n```\n"
                        + "\nSee [c](c.md) and [a](a.md#nothing).\n")
                .failed("basics/b/B.java", CODE, "output differs from B.out");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:9: snippet basics/b/B.java is failed"), msg);
        assertTrue(msg.contains("content/basics/b.md:12: no snippet snippets/basics/b/Nope.java"), msg);
        assertTrue(msg.contains("content/basics/b.md:15: broken link 'c.md'"), msg);
        assertTrue(msg.contains("content/basics/b.md:15: broken link 'a.md#nothing'"), msg);
        assertEquals(4, msg.lines().count(), msg);
        // nothing of the failed build is published
        assertEquals(before, site.page("basics/a.html"));
        assertFalse(Files.exists(dir.resolve("target/site/basics/b.html")));
    }

    @Test
    void aLevelOneHeadingInTheBodyIsNamedWithTheFix(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2, "Intro.\n\n# First\n\nText.\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/b.md:11: level-1 heading 'First': the title is the page's only "
                + "level-1 heading, so headings in the body start at level 2; make it '## First'"), msg);
    }

    @Test
    void aLeadingLevelOneHeadingThatRepeatsTheTitleIsDropped(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "Bee", "basics", 2, "# Bee\n\n## Part\n\nText.\n");
        site.build();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(site.page("basics/b.html"));
        assertEquals(1, page.select("h1").size(), page.select("h1").toString());
        assertEquals("part", page.selectFirst("h2").id());
    }

    @Test
    void fileNamesThatCannotBeAddressesSayWhichCharactersAreAllowed(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/my note.md", "Mine", "basics", 2, "Text.\n");
        String msg = failure(site);
        assertTrue(msg.contains("content/basics/my note.md: 'my note.md' cannot be part of a page address: use only "
                + "ASCII letters, digits, '-', '_' and '.'"), msg);
    }

    @Test
    void markdownThatIsNotANoteIsAWarningAndHiddenFilesAreIgnored(@TempDir Path dir) throws IOException {
        TestSites site = good(dir).write("content/basics/Other.markdown", "# x\n")
                .write("content/basics/UPPER.MD", "# x\n")
                .write("content/basics/.#a.md", "not even front matter");
        Files.createDirectories(dir.resolve("content/basics/folder.md"));
        BuildReport report = site.build();
        String warnings = report.warnings().stream().map(p -> p.located()).collect(Collectors.joining("\n"));
        assertTrue(warnings.contains("content/basics/Other.markdown: not a note (notes end in .md, lower case), so "
                + "it is copied to the site as a plain file; rename it to Other.md to make it a page"), warnings);
        assertTrue(warnings.contains("content/basics/UPPER.MD: not a note"), warnings);
        assertTrue(warnings.contains("content/basics/folder.md: a folder named like a note is not a note"), warnings);
        assertFalse(warnings.contains(".#a.md"), warnings);
        assertEquals(1, report.notes());
    }

    @Test
    void failedBuildLeavesThePreviousSiteIntact(@TempDir Path dir) throws IOException {
        TestSites site = good(dir);
        site.build();
        String before = site.page("basics/a.html");
        site.note("basics/b.md", "B", "basics", 2, "[broken](nowhere.md)\n");
        assertThrows(ProblemException.class, site::build);
        assertEquals(before, site.page("basics/a.html"));
        assertFalse(Files.exists(dir.resolve("target/site/basics/b.html")));
        try (var siblings = Files.list(dir.resolve("target"))) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".site.")),
                    "no staging folder left behind");
        }
    }

    @Test
    void cliPrintsProblemsWithoutStackTrace(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2, "```snippet basics/b/Nope.java\n```\n");
        ResultsFile.write(site.report(), site.config().resultsFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertEquals(notebake.cli.ExitCode.BUILD_PROBLEMS.code(), code);
        assertTrue(err.toString().contains("error: content/basics/b.md:9: no snippet snippets/basics/b/Nope.java"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void cliWithoutResultsSaysRunVerify(@TempDir Path dir) {
        good(dir);
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute("build", dir.toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains("run `verify` first"), err.toString());
    }

    @Test
    void highlightPastTheShownLinesIsNamed(@TempDir Path dir) {
        TestSites site = good(dir).note("basics/b.md", "B", "basics", 2,
                "```snippet basics/a/A.java#main highlight=1-2\n```\n");
        assertTrue(failure(site).contains("content/basics/b.md:9: highlight=1-2 goes past the last shown line of "
                + "basics/a/A.java#main (it shows 1 lines)"));
    }

    @Test
    void aPageThatCannotBeWrittenIsNotCalledATemplateFailure(@TempDir Path dir) {
        // an asset file named like a section: the section's folder of pages cannot be created
        TestSites site = good(dir).write("assets/basics", "not a folder\n");
        String msg = failure(site);
        assertTrue(msg.contains("basics/a.html: cannot write the page: a file is in the way at basics, where the "
                + "site needs a folder"), msg);
        assertFalse(msg.contains("template failed"), msg);
    }
}
