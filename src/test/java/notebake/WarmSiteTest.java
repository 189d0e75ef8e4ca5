package notebake;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.ShownRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Page-by-page updates of a built site (the live preview's note edits): after each edit applied in place, the
 * whole site folder is compared, file by file and byte for byte, with a full build of the same sources. Edits
 * that break a link or a snippet reference are reported as a full build would report them, change nothing, and
 * fixing them recovers; edits that change other pages are not applied (the caller builds everything).
 */
class WarmSiteTest {

    private static final String CODE = "public class A {\n    public static void main(String[] a) {\n"
            + "        // @start region=show\n        System.out.println(1);\n        // @end\n    }\n}\n";

    private static TestSites site(Path dir) {
        return new TestSites(dir)
                .write("content/basics/a.md", "---\ntitle: A\ndate: 2025-03-04\nsection: basics\norder: 1\n"
                        + "tags: [demo]\nsummary: About A.\naliases: [甲]\n---\nIntro of A.\n\n## Part one\n\n"
                        + "```snippet demo/A.java#show\n```\n\n## Part two\n\nSee [b](../more/b.md).\n")
                .write("content/basics/a2.md", "---\ntitle: A2\ndate: 2025-03-05\nsection: basics\norder: 2\n"
                        + "tags: [demo]\nsummary: After A.\n---\nBack to [A, part two](a.md#part-two).\n")
                .write("content/more/b.md", "---\ntitle: B\ndate: 2025-01-02\nsection: more\norder: 1\n"
                        + "tags: [other]\nsummary: About B.\n---\nSee [a](../basics/a.md#part-one).\n\n"
                        + "## Only heading\n\nText.\n")
                // same date as a: the feed orders notes of one date as JBake's store holds them
                .write("content/more/c.md", "---\ntitle: C\ndate: 2025-03-04\nsection: more\norder: 2\n"
                        + "tags: [other]\nsummary: About C.\ncovers: [T1]\n---\nC.\n")
                .write("topics/seed-topics.tsv", "id\tseed\tline\theading\ttopic\tgist\tjava\n"
                        + "T1\ts.txt\t1\t甲\tTopic one\tgist\tjava\nT9\ts.txt\t9\t乙\tTopic nine\tgist\tjava\n")
                .write("snippets/demo/A.java", CODE)
                .verified("demo/A.java", CODE.replace("        // @start region=show\n", "")
                                .replace("        // @end\n", ""), "1\n", "", 0,
                        new ShownRegion("show", "System.out.println(1);\n", 4));
    }

    private static WarmSite warm(TestSites site) {
        return Notebake.buildWarm(site.config(), BuildOptions.strict(), site.report());
    }

    private static String read(TestSites site, String path) throws IOException {
        return Files.readString(site.root().resolve(path));
    }

    private static Path file(TestSites site, String path) {
        return site.root().resolve(path);
    }

    /** The site folder now, then a full build of the same sources into it; the two must be identical. */
    private static void assertSameAsFullBuild(TestSites site) throws IOException {
        assertSameAsFullBuild(site, "");
    }

    private static void assertSameAsFullBuild(TestSites site, String edit) throws IOException {
        assertSameAsFullBuild(site, edit, site.report());
    }

    private static void assertSameAsFullBuild(TestSites site, String edit, notebake.verify.VerificationReport results)
            throws IOException {
        Map<String, byte[]> incremental = TestSites.tree(site.root().resolve("target/site"));
        Notebake.build(site.config(), BuildOptions.strict(), results);
        Map<String, byte[]> full = TestSites.tree(site.root().resolve("target/site"));
        assertEquals(full.keySet(), incremental.keySet());
        List<String> differ = new ArrayList<>();
        full.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, incremental.get(path))) {
                differ.add(path);
            }
        });
        assertEquals(List.of(), differ, edit + ": files that differ from a full build of the same sources");
    }

    @Test
    void aBodyEditUpdatesOnlyThatPageAndTheSearchIndexAsAFullBuildWould(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("Intro of A.", "Intro of A, rewritten with `LinkedHashMap`.")
                + "\n## Part three\n\nNew text, a [link to b's heading](../more/b.md#only-heading).\n\n"
                + "```java\nvar x = new java.util.ArrayList<String>();\n```\n");

        WarmSite.Update update = warm.applyNoteEdits(List.of(file(site, "content/basics/a.md")));

        assertTrue(update.applied(), update.reason());
        assertEquals(List.of("basics/a.html"), update.pages());
        Map<String, byte[]> after = TestSites.tree(dir.resolve("target/site"));
        List<String> changed = new ArrayList<>();
        after.forEach((p, bytes) -> {
            if (!Arrays.equals(bytes, before.get(p))) {
                changed.add(p);
            }
        });
        assertEquals(List.of("basics/a.html", "search-index.js", "search-index.json"), changed);
        String page = read(site, "target/site/basics/a.html");
        assertTrue(page.contains("LinkedHashMap"), page);
        assertTrue(page.contains("href=\"#part-three\""), "the table of contents lists the new heading");
        assertFalse(page.contains("data-nb-line"), "build-only attributes are removed");
        assertTrue(read(site, "target/site/search-index.json").contains("rewritten with"));
        assertSameAsFullBuild(site);
    }

    @Test
    void successiveEditsAndAnAliasEditStayIdenticalToAFullBuild(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String b = read(site, "content/more/b.md");
        site.write("content/more/b.md", b + "\nMore text.\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))).applied());
        site.write("content/more/b.md", b + "\nMore text.\n\n## Second heading\n\nEven more.\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))).applied());
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("aliases: [甲]", "aliases: [甲, 乙]"));
        WarmSite.Update aliases = warm.applyNoteEdits(List.of(file(site, "content/basics/a.md")));
        assertTrue(aliases.applied(), aliases.reason());
        assertTrue(read(site, "target/site/basics/a.html").contains("乙"));
        // a full build in between replaces the site; keep editing on a new state
        assertSameAsFullBuild(site);
    }

    @Test
    void twoNotesEditedTogetherMayLinkToEachOthersNewHeadings(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        site.write("content/more/b.md", read(site, "content/more/b.md") + "\n## Fresh\n\nSee [a](../basics/a.md#brand-new).\n");
        site.write("content/basics/a.md", read(site, "content/basics/a.md") + "\n## Brand new\n\nSee [b](../more/b.md#fresh).\n");
        WarmSite.Update update = warm.applyNoteEdits(List.of(file(site, "content/more/b.md"),
                file(site, "content/basics/a.md")));
        assertTrue(update.applied(), update.reason());
        assertEquals(2, update.pages().size());
        assertSameAsFullBuild(site);
    }

    @Test
    void removingAHeadingOtherPagesLinkToIsReportedOnTheLinkingNoteAndFixingItRecovers(@TempDir Path dir)
            throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("## Part two", "## Second part"));

        ProblemException e = assertThrows(ProblemException.class,
                () -> warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))));

        List<String> problems = e.problems().stream().map(Problem::located).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/basics/a2.md:"), problems.toString());
        assertTrue(problems.get(0).contains("no anchor #part-two on basics/a.html"), problems.toString());
        assertUnchanged(before, dir);
        assertFullBuildReports(site, problems);

        site.write("content/basics/a.md", a + "\nFixed.\n");
        WarmSite.Update fixed = warm.applyNoteEdits(List.of(file(site, "content/basics/a.md")));
        assertTrue(fixed.applied(), fixed.reason());
        assertSameAsFullBuild(site);
    }

    @Test
    void aBrokenLinkIsReportedWithItsLineAndFixingItRecovers(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String b = read(site, "content/more/b.md");
        site.write("content/more/b.md", b + "\nSee [nothing](missing.md) and [a](../basics/a.md#nowhere).\n");

        ProblemException e = assertThrows(ProblemException.class,
                () -> warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))));

        List<String> problems = e.problems().stream().map(Problem::located).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.startsWith("content/more/b.md:15: broken link")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("'missing.md'")), problems.toString());
        assertUnchanged(before, dir);
        assertFullBuildReports(site, problems);

        site.write("content/more/b.md", b + "\nSee [a](../basics/a.md#part-two).\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))).applied());
        assertSameAsFullBuild(site);
    }

    @Test
    void aMissingSnippetRegionIsReportedAndFixingItRecovers(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("A.java#show", "A.java#nope"));

        ProblemException e = assertThrows(ProblemException.class,
                () -> warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))));

        List<String> problems = e.problems().stream().map(Problem::located).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/basics/a.md:"), problems.toString());
        assertTrue(problems.get(0).contains("nope"), problems.toString());
        assertUnchanged(before, dir);
        assertFullBuildReports(site, problems);

        site.write("content/basics/a.md", a + "\nAnd a fix.\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))).applied());
        assertSameAsFullBuild(site);
    }

    @Test
    void navigationEditsRewriteExactlyThePagesThatChangeAsAFullBuildWould(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String a = read(site, "content/basics/a.md");
        Path aFile = file(site, "content/basics/a.md");
        Map<String, String> edits = new java.util.LinkedHashMap<>();
        edits.put("title", a.replace("title: A\n", "title: A, renamed\n"));
        edits.put("date", a.replace("2025-03-04", "2025-03-06"));
        edits.put("section", a.replace("section: basics", "section: more"));
        edits.put("order", a.replace("order: 1", "order: 3"));
        edits.put("tags", a.replace("tags: [demo]", "tags: [demo, other]"));
        edits.put("summary", a.replace("About A.", "About A, again."));
        edits.put("covers", a.replace("aliases:", "covers: [T9]\naliases:"));
        for (Map.Entry<String, String> edit : edits.entrySet()) {
            site.write("content/basics/a.md", edit.getValue());
            WarmSite.Update update = warm.applyNoteEdits(List.of(aFile));
            assertTrue(update.applied(), edit.getKey() + ": " + update.reason());
            assertTrue(update.replanned().startsWith("content/basics/a.md: " + edit.getKey().replaceAll(",.*", "")
                            + " changed"),
                    update.replanned());
            assertTrue(update.pages().contains("basics/a.html"), edit.getKey() + ": " + update.pages());
            assertSameAsFullBuild(site, edit.getKey());
            // the full build just made the same site: keep editing it page by page, back to the original
            site.write("content/basics/a.md", a);
            assertTrue(warm.applyNoteEdits(List.of(aFile)).applied(), edit.getKey() + " undone");
            assertSameAsFullBuild(site, edit.getKey() + " undone");
        }
    }

    @Test
    void aTitleEditRewritesTheNotesThatShowItButNotTheOtherSections(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String b = read(site, "content/more/b.md");
        site.write("content/more/b.md", b.replace("title: B", "title: Bee"));
        WarmSite.Update update = warm.applyNoteEdits(List.of(file(site, "content/more/b.md")));
        assertTrue(update.applied(), update.reason());
        // b's own page, c's (its sidebar and "previous" show b), its section's page, the home page, its tag's page,
        // the feed; not basics/a*.html, whose sidebars list only their own section's pages
        assertEquals(List.of("feed.xml", "index.html", "more/b.html", "more/c.html", "more/index.html",
                        "tags/other.html"),
                update.pages().stream().sorted().toList());
        assertSameAsFullBuild(site);
    }

    @Test
    void aTitleEditOfANoteUsingNoSnippetIsRightOnEveryPageOfItsSection(@TempDir Path dir) throws IOException {
        // a2 uses no snippet, but its section's pages list it, and so may the source pages of the snippets used
        // there (their sidebar)
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String a2 = read(site, "content/basics/a2.md");
        site.write("content/basics/a2.md", a2.replace("title: A2", "title: A-two"));
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/basics/a2.md"))).applied());
        assertSameAsFullBuild(site, "a2's title");
        site.write("content/basics/a2.md", a2.replace("order: 2", "order: 0"));
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/basics/a2.md"))).applied());
        assertSameAsFullBuild(site, "a2 first");
    }

    @Test
    void editsThatAddOrRemovePagesOrTouchOtherFilesNeedAFullBuild(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String a = read(site, "content/basics/a.md");
        Path aFile = file(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("tags: [demo]", "tags: [demo, brand-new]"));
        assertEquals("content/basics/a.md: tags changed, and pages are added or removed",
                warm.applyNoteEdits(List.of(aFile)).reason());
        site.write("content/more/b.md", read(site, "content/more/b.md").replace("tags: [other]", "tags: [demo]"));
        site.write("content/more/c.md", read(site, "content/more/c.md").replace("tags: [other]", "tags: [demo]"));
        assertEquals("content/more/b.md: tags changed, and pages are added or removed",
                warm.applyNoteEdits(List.of(file(site, "content/more/b.md"), file(site, "content/more/c.md")))
                        .reason(), "tags/other.html goes");
        site.write("content/basics/a.md", a.replace("2025-03-04", "2025-01-02"));
        assertEquals("content/basics/a.md: date changed, and the feed lists notes of one date in JBake's own order, "
                + "and another note has this date", warm.applyNoteEdits(List.of(aFile)).reason(), "b has that date");
        site.write("content/basics/a.md", a.replace("tags: [demo]", "tags: [demo]\ncovers: [T9]"));
        site.write("content/basics/new.md", "---\ntitle: New\ndate: 2025-03-05\nsection: basics\norder: 9\n---\nNew.\n");
        assertEquals("content/basics/new.md is not a note of the last build",
                warm.applyNoteEdits(List.of(aFile, file(site, "content/basics/new.md"))).reason());
        Files.delete(file(site, "content/basics/new.md"));
        assertEquals("content/sections.yml is not a note of the last build",
                warm.applyNoteEdits(List.of(file(site, "content/sections.yml"))).reason());
        Files.delete(file(site, "content/basics/a2.md"));
        assertEquals("content/basics/a2.md was deleted or renamed",
                warm.applyNoteEdits(List.of(file(site, "content/basics/a2.md"))).reason());
        assertUnchanged(before, dir);
    }

    @Test
    void aNoteMovedToAnUnknownSectionIsReportedAsAFullBuildWould(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("section: basics", "section: nowhere"));
        ProblemException e = assertThrows(ProblemException.class,
                () -> warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))));
        List<String> problems = e.problems().stream().map(Problem::located).toList();
        assertTrue(problems.get(0).startsWith("content/basics/a.md:4: section 'nowhere'"), problems.toString());
        assertUnchanged(before, dir);
        assertFullBuildReports(site, problems);
        site.write("content/basics/a.md", a.replace("section: basics", "section: more"));
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))).applied());
        assertSameAsFullBuild(site);
    }

    @Test
    void aLinkToAnAssetCopiedInSinceTheBuildResolvesAndOneDeletedSinceIsReported(@TempDir Path dir)
            throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        // what the preview does for a new asset: copied straight into the served site, no build
        site.write("assets/img/new.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Files.createDirectories(dir.resolve("target/site/img"));
        Files.copy(dir.resolve("assets/img/new.svg"), dir.resolve("target/site/img/new.svg"));
        String b = read(site, "content/more/b.md");
        site.write("content/more/b.md", b + "\n![new](../img/new.svg)\n");
        WarmSite.Update update = warm.applyNoteEdits(List.of(file(site, "content/more/b.md")));
        assertTrue(update.applied(), update.reason());
        assertSameAsFullBuild(site);

        Files.delete(dir.resolve("assets/img/new.svg"));
        Files.delete(dir.resolve("target/site/img/new.svg"));
        site.write("content/more/b.md", b + "\n![new](../img/new.svg) again.\n");
        ProblemException e = assertThrows(ProblemException.class,
                () -> warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))));
        assertTrue(e.problems().get(0).located().contains("no such page img/new.svg"), e.problems().toString());
    }

    @Test
    void aSnippetWhoseResultChangedUpdatesTheNotesUsingItAndItsSourcePage(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String code = CODE.replace("println(1)", "println(\"two\")");
        site.write("snippets/demo/A.java", code);
        TestSites verifiedAgain = new TestSites(dir).verified("demo/A.java",
                code.replace("        // @start region=show\n", "").replace("        // @end\n", ""), "two\n", "", 0,
                new ShownRegion("show", "System.out.println(\"two\");\n", 4));

        WarmSite.Update update = warm.apply(List.of(), verifiedAgain.report());

        assertTrue(update.applied(), update.reason());
        assertTrue(update.replanned().contains("snippets changed: demo/A.java"), update.replanned());
        assertTrue(update.pages().containsAll(List.of("basics/a.html", "snippets/demo/A.java.html")), update.pages().toString());
        assertTrue(read(site, "target/site/basics/a.html").contains("two"));
        assertSameAsFullBuild(site, "snippet", verifiedAgain.report());

        // and a body edit afterwards renders with the new results
        site.write("content/basics/a.md", read(site, "content/basics/a.md") + "\nAfter the snippet.\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/basics/a.md"))).applied());
        assertSameAsFullBuild(site, "body after snippet", verifiedAgain.report());
    }

    @Test
    void aNewHeadingAboveASnippetBlockUpdatesTheSnippetsSourcePage(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        String a = read(site, "content/basics/a.md");
        site.write("content/basics/a.md", a.replace("```snippet demo/A.java#show", "### In detail\n\n```snippet demo/A.java#show"));
        WarmSite.Update update = warm.applyNoteEdits(List.of(file(site, "content/basics/a.md")));
        assertTrue(update.applied(), update.reason());
        assertTrue(update.replanned().contains("the headings or places of its snippet blocks changed"), update.replanned());
        assertEquals(List.of("basics/a.html", "snippets/demo/A.java.html"), update.pages().stream().sorted().toList());
        assertTrue(read(site, "target/site/snippets/demo/A.java.html").contains("In detail"));
        assertSameAsFullBuild(site, "heading above a snippet");
    }

    @Test
    void aSnippetAddedOrRemovedNeedsAFullBuildAndUnchangedResultsChangeNothing(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        TestSites more = new TestSites(dir).verified("demo/A.java", "x", "", "", 0)
                .verified("demo/B.java", "class B {}", "", "", 0);
        assertEquals("snippets were added or removed", warm.apply(List.of(), more.report()).reason());
        WarmSite.Update same = warm.apply(List.of(), site.report()); // a new report with the same results
        assertTrue(same.applied());
        assertEquals(List.of(), same.pages());
        assertUnchanged(before, dir);
    }

    @Test
    void pagesAreReplacedWithTheirPermissionsKeptAndNoTemporaryFilesLeft(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        WarmSite warm = warm(site);
        Path page = dir.resolve("target/site/more/b.html");
        String permissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(page));
        Map<String, byte[]> before = TestSites.tree(dir.resolve("target/site"));
        site.write("content/more/b.md", read(site, "content/more/b.md") + "\nMore.\n");
        assertTrue(warm.applyNoteEdits(List.of(file(site, "content/more/b.md"))).applied());
        assertEquals(permissions, PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
        assertEquals(before.keySet(), TestSites.tree(dir.resolve("target/site")).keySet(), "no file added or left behind");
    }

    private static void assertUnchanged(Map<String, byte[]> before, Path dir) throws IOException {
        Map<String, byte[]> now = TestSites.tree(dir.resolve("target/site"));
        assertEquals(before.keySet(), now.keySet());
        before.forEach((p, bytes) -> assertTrue(Arrays.equals(bytes, now.get(p)), p + " was changed"));
    }

    /** A full build of the current sources fails with the same problems, and publishes nothing. */
    private static void assertFullBuildReports(TestSites site, List<String> problems) {
        ProblemException full = assertThrows(ProblemException.class, site::build);
        assertEquals(problems.stream().sorted().toList(),
                full.problems().stream().map(Problem::located).sorted().toList());
    }

    @Test
    void aBuildThatKeptNoPagesSaysWhyOnlyWhenItHadCustomTemplates(@TempDir Path dir) {
        TestSites site = site(dir);
        BuildReport builtIns = new BuildReport(dir, 0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, false);
        WarmSite.Update update = new WarmSite(site.config(), builtIns, null, List.of(), null, null, null)
                .apply(List.of(), site.report());
        assertFalse(update.applied());
        assertEquals("the last build kept no page-by-page state", update.reason());
        BuildReport custom = new BuildReport(dir, 0, 0, 0, List.of(), 0, 0, 0, 0, 0, 0, 0, true);
        assertEquals("custom templates", new WarmSite(site.config(), custom, null, List.of(), null, null, null)
                .apply(List.of(), site.report()).reason());
    }
}
