package notebake.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repository's top-level templates/ and assets/ are the built-ins: packaged byte for byte at
 * notebake/templates and notebake/assets, and a source folder holding a copy of them is not "custom".
 */
class BuiltInsTest {

    private static final Path TEMPLATES = Path.of("templates");
    private static final Path ASSETS = Path.of("assets");

    private static List<String> files(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> out.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BuiltIns.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the classpath (pom <resources> with <targetPath>)");
            return in.readAllBytes();
        }
    }

    @Test
    void theTopLevelFoldersArePackagedAtTheResourcePaths() throws IOException {
        List<String> templates = files(TEMPLATES);
        assertEquals(BuiltIns.TEMPLATES.stream().sorted().toList(), templates,
                "templates/ holds exactly the built-in templates (BuiltIns.TEMPLATES)");
        for (String t : templates) {
            assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve(t)), resource("notebake/templates/" + t), t);
        }
        List<String> assets = files(ASSETS);
        assertTrue(assets.containsAll(BuiltIns.ASSETS), assets.toString());
        for (String a : assets) {
            assertArrayEquals(Files.readAllBytes(ASSETS.resolve(a)), resource("notebake/assets/" + a), a);
        }
        assertFalse(Files.exists(Path.of("src/main/resources/notebake/templates")), "one source of truth");
        assertFalse(Files.exists(Path.of("src/main/resources/notebake/assets")), "one source of truth");
    }

    @Test
    void noUserTemplatesAreNotCustom(@TempDir Path dir) {
        assertFalse(BuiltIns.materializeTemplates(dir.resolve("out"), dir.resolve("templates")));
        assertFalse(BuiltIns.materializeTemplates(dir.resolve("out2"), null));
        assertTrue(Files.isRegularFile(dir.resolve("out/partials/sidebar.ftl")));
    }

    @Test
    void aCopyOfTheBuiltInsIsNotCustom(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("templates");
        copy(TEMPLATES, mine);
        assertFalse(BuiltIns.materializeTemplates(dir.resolve("out"), mine));
        for (String t : BuiltIns.TEMPLATES) {
            assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve(t)), Files.readAllBytes(dir.resolve("out/" + t)));
        }
    }

    @Test
    void oneChangedByteMakesTemplatesCustomAndTheChangeIsUsed(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("templates");
        copy(TEMPLATES, mine);
        Path header = mine.resolve("partials/header-extra.ftl");
        Files.writeString(header, Files.readString(header) + "<span>mine</span>\n");
        assertTrue(BuiltIns.materializeTemplates(dir.resolve("out"), mine));
        assertTrue(Files.readString(dir.resolve("out/partials/header-extra.ftl")).contains("<span>mine</span>"));
    }

    @Test
    void anExtraTemplateIsCustom(@TempDir Path dir) throws IOException {
        Path mine = Files.createDirectories(dir.resolve("templates/partials"));
        Files.writeString(mine.resolve("extra.ftl"), "<#-- mine -->\n");
        assertTrue(BuiltIns.materializeTemplates(dir.resolve("out"), dir.resolve("templates")));
        assertTrue(Files.isRegularFile(dir.resolve("out/partials/extra.ftl")));
    }

    @Test
    void userAssetsReplaceBuiltInsAtTheirPathAndOtherFilesGoToTheSiteRoot(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        BuiltIns.writeAssets(site);
        Path mine = Files.createDirectories(dir.resolve("assets/img"));
        Files.writeString(mine.resolve("logo.svg"), "<svg/>");
        Files.writeString(dir.resolve("assets/notebake.css"), "/* mine */");
        Files.createDirectories(dir.resolve("assets/reader"));
        Files.writeString(dir.resolve("assets/reader/extra.js"), "// joins the reader");
        Files.writeString(dir.resolve("assets/robots.txt"), "User-agent: *");

        assertEquals(4, BuiltIns.copyUserAssets(dir.resolve("assets"), site));
        assertEquals("<svg/>", Files.readString(site.resolve("img/logo.svg")));
        assertEquals("User-agent: *", Files.readString(site.resolve("robots.txt")));
        assertEquals("/* mine */", Files.readString(site.resolve("assets/notebake.css")));
        assertEquals("// joins the reader", Files.readString(site.resolve("assets/reader/extra.js")));
        assertFalse(Files.exists(site.resolve("notebake.css")));
        assertTrue(Files.isRegularFile(site.resolve("assets/reader/reader.js")), "other built-ins stay");
    }

    @Test
    void copyingThisRepositorysAssetsChangesNothingAndAddsNothingAtTheRoot(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("plain");
        BuiltIns.writeAssets(plain);
        Path withOwn = dir.resolve("own");
        BuiltIns.writeAssets(withOwn);
        BuiltIns.copyUserAssets(ASSETS, withOwn);

        List<String> extra = new ArrayList<>(files(withOwn));
        extra.removeAll(files(plain));
        // the vendored library's provenance note is the one file the built-in list does not publish
        assertEquals(List.of("assets/vendor/minisearch/README.md"), extra);
        for (String f : files(plain)) {
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(withOwn.resolve(f)), f);
        }
    }

    @Test
    void noAssetsFolderCopiesNothing(@TempDir Path dir) {
        assertEquals(0, BuiltIns.copyUserAssets(dir.resolve("assets"), dir.resolve("site")));
        assertEquals(0, BuiltIns.copyUserAssets(null, dir.resolve("site")));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void sitePaths() {
        assertEquals("assets/notebake.css", BuiltIns.sitePathOfUserAsset("notebake.css"));
        assertEquals("assets/vendor/minisearch/index.js", BuiltIns.sitePathOfUserAsset("vendor/minisearch/index.js"));
        assertEquals("vendor/other/x.js", BuiltIns.sitePathOfUserAsset("vendor/other/x.js"));
        assertEquals("css/site.css", BuiltIns.sitePathOfUserAsset("css/site.css"));
        assertEquals("readerish.css", BuiltIns.sitePathOfUserAsset("readerish.css"));
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String f : files(from)) {
            Path t = to.resolve(f);
            Files.createDirectories(t.getParent());
            Files.write(t, Files.readAllBytes(from.resolve(f)));
        }
    }
}
