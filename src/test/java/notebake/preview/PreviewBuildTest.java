package notebake.preview;

import notebake.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The preview's build decides between a page-by-page update and a full build, and remembers what changed until a
 * build succeeds. (Byte-for-byte equality with a full build: WarmSiteTest.)
 */
class PreviewBuildTest {

    private static TestSites site(Path dir) {
        return new TestSites(dir)
                .note("basics/a.md", "A", "basics", 1, "Intro.\n\n## Part one\n\nText.\n")
                .note("basics/b.md", "B", "basics", 2, "See [A's part](a.md#part-one).\n")
                .note("more/c.md", "C", "more", 1, "See [B](../basics/b.md).\n");
    }

    private static ChangeSet changed(ChangeSet.Kind kind, Path... files) {
        return new ChangeSet(Map.of(kind, Set.of(files)));
    }

    private static String page(Path dir, String uri) throws IOException {
        return Files.readString(dir.resolve("target/site").resolve(uri));
    }

    @Test
    void bodyAndTitleEditsAreAppliedInPlaceAndAnEditThatAddsAPageBuildsEverything(@TempDir Path dir)
            throws IOException {
        TestSites site = site(dir);
        PreviewBuild build = new PreviewBuild(site.config(), true);
        assertTrue(build.build(null).ok());
        Path b = dir.resolve("content/basics/b.md");

        Files.writeString(b, Files.readString(b) + "\nA new paragraph.\n");
        BuildOutcome body = build.build(changed(ChangeSet.Kind.CONTENT, b));
        assertTrue(body.ok(), body.problems().toString());
        assertTrue(body.summary().startsWith("1 page updated in place"), body.summary());
        assertTrue(page(dir, "basics/b.html").contains("A new paragraph."));

        Files.writeString(b, Files.readString(b).replace("title: B", "title: Bee"));
        BuildOutcome title = build.build(changed(ChangeSet.Kind.CONTENT, b));
        assertTrue(title.ok(), title.problems().toString());
        assertTrue(title.summary().startsWith("7 pages updated in place (content/basics/b.md: title changed;"),
                title.summary());
        assertTrue(page(dir, "basics/a.html").contains("Bee"), "the sidebar of another page shows the new title");

        Files.writeString(b, Files.readString(b).replace("tags: [demo, java]", "tags: [demo, java, new-tag]"));
        BuildOutcome tag = build.build(changed(ChangeSet.Kind.CONTENT, b));
        assertTrue(tag.ok(), tag.problems().toString());
        assertTrue(tag.summary().startsWith(
                "full build (content/basics/b.md: tags changed, and pages are added or removed)"), tag.summary());
        assertTrue(Files.exists(dir.resolve("target/site/tags/new-tag.html")));

        // after a full build the next body edit is page by page again, on the new state
        Files.writeString(b, Files.readString(b) + "\nAnother paragraph.\n");
        BuildOutcome again = build.build(changed(ChangeSet.Kind.CONTENT, b));
        assertTrue(again.summary().startsWith("1 page updated in place"), again.summary());
        assertTrue(page(dir, "basics/b.html").contains("Another paragraph.") && page(dir, "basics/b.html").contains("Bee"));
    }

    @Test
    void aBrokenEditIsReportedAndFilesChangedMeanwhileAreRebuiltWithTheFix(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        PreviewBuild build = new PreviewBuild(site.config(), true);
        assertTrue(build.build(null).ok());
        Path a = dir.resolve("content/basics/a.md");
        Path c = dir.resolve("content/more/c.md");
        String aText = Files.readString(a);
        String servedA = page(dir, "basics/a.html");

        // a and c change together; a's edit removes the heading b links to
        Files.writeString(a, aText.replace("## Part one", "## First part"));
        Files.writeString(c, Files.readString(c) + "\nC's new paragraph.\n");
        BuildOutcome broken = build.build(new ChangeSet(Map.of(ChangeSet.Kind.CONTENT, Set.of(a, c))));
        assertFalse(broken.ok());
        assertEquals(1, broken.problems().size(), broken.problems().toString());
        assertTrue(broken.problems().get(0).startsWith("content/basics/b.md:"), broken.problems().toString());
        assertTrue(broken.problems().get(0).contains("no anchor #part-one"), broken.problems().toString());
        assertEquals(servedA, page(dir, "basics/a.html"), "the previous page stays served");
        assertFalse(page(dir, "more/c.html").contains("C's new paragraph."), "nothing of a failed batch is published");

        // only a is saved again, fixed: c's earlier change is published with it
        Files.writeString(a, aText + "\nFixed.\n");
        BuildOutcome fixed = build.build(changed(ChangeSet.Kind.CONTENT, a));
        assertTrue(fixed.ok(), fixed.problems().toString());
        assertTrue(fixed.summary().startsWith("2 pages updated in place"), fixed.summary());
        assertTrue(page(dir, "basics/a.html").contains("Fixed."));
        assertTrue(page(dir, "more/c.html").contains("C's new paragraph."));
    }

    @Test
    void aNewNoteAndATemplateChangeBuildEverything(@TempDir Path dir) throws IOException {
        TestSites site = site(dir);
        PreviewBuild build = new PreviewBuild(site.config(), true);
        assertTrue(build.build(null).ok());
        site.note("more/d.md", "D", "more", 2, "New.\n");
        BuildOutcome added = build.build(changed(ChangeSet.Kind.CONTENT, dir.resolve("content/more/d.md")));
        assertTrue(added.ok(), added.problems().toString());
        assertTrue(added.summary().startsWith("full build (content/more/d.md is not a note of the last build)"),
                added.summary());
        assertTrue(page(dir, "more/d.html").contains("New."));

        site.write("templates/partials/body-end.ftl", "<!-- custom end -->\n");
        BuildOutcome template = build.build(changed(ChangeSet.Kind.TEMPLATE,
                dir.resolve("templates/partials/body-end.ftl")));
        assertTrue(template.ok(), template.problems().toString());
        assertFalse(template.summary().startsWith("full build ("), "a template change is a full build from the start");
        assertTrue(page(dir, "more/d.html").contains("custom end"));
    }

    @Test
    void aSnippetEditIsVerifiedAndTheNotesUsingItAreUpdatedInPlaceAsAFullBuildWould(@TempDir Path dir)
            throws IOException {
        Path source = dir.resolve("site");
        copy(Path.of("src/test/resources/reader-site"), source);
        notebake.config.Config config = notebake.config.ConfigLoader.load(source);
        PreviewBuild build = new PreviewBuild(config, true);
        BuildOutcome first = build.build(null);
        assertTrue(first.ok(), first.problems().toString());
        Path snippet = source.resolve("snippets/threads/thread-local/PerThreadCounter.java");
        Files.writeString(snippet, Files.readString(snippet) + "// edited: shown on the page, same output\n");

        BuildOutcome edited = build.build(changed(ChangeSet.Kind.SNIPPET, snippet));

        assertTrue(edited.ok(), edited.problems().toString());
        assertTrue(edited.summary().startsWith("verified in "), edited.summary());
        // (the other snippet of its compilation group ran again too: its result changed in run time only)
        assertTrue(edited.summary().contains("updated in place (snippets changed: "
                + "threads/thread-local/PerThreadCounter.java"), edited.summary());
        assertTrue(page(source, "threads/thread-local.html").contains("// edited: shown on the page"));
        java.util.Map<String, byte[]> served = tree(source.resolve("target/site"));
        notebake.Notebake.build(config, new notebake.BuildOptions(true)); // from the results file just written
        assertEquals(tree(source.resolve("target/site")).keySet(), served.keySet());
        tree(source.resolve("target/site")).forEach((p, bytes) ->
                assertTrue(java.util.Arrays.equals(bytes, served.get(p)), p + " differs from a full build"));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static java.util.Map<String, byte[]> tree(Path root) throws IOException {
        java.util.Map<String, byte[]> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
