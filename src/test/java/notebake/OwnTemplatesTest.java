package notebake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This repository's templates/ and assets/ are the built-ins: a source folder holding a copy of them builds the
 * same site, on the fast path (not "custom templates"); a changed template or asset is used.
 */
class OwnTemplatesTest {

    private static TestSites site(Path dir) {
        return new TestSites(dir).note("basics/a.md", "A", "basics", 1,
                        "Text.\n\n## Part\n\n```snippet demo/A.java\n```\n")
                .verified("demo/A.java", "public class A {}\n", "a\n", "", 0);
    }

    @Test
    void aCopyOfTheBuiltInsBuildsTheSameSiteOnTheFastPath(@TempDir Path dir) throws IOException {
        BuildReport plain = site(dir.resolve("plain")).build();
        TestSites own = site(dir.resolve("own"));
        copy(Path.of("templates"), own.root().resolve("templates"));
        copy(Path.of("assets"), own.root().resolve("assets"));
        BuildReport built = own.build();

        assertFalse(plain.customTemplates());
        assertFalse(built.customTemplates(), "a byte-equal copy of the built-ins must not take the slow path");
        Path a = dir.resolve("plain/target/site");
        Path b = dir.resolve("own/target/site");
        List<String> extra = new ArrayList<>(files(b));
        extra.removeAll(files(a));
        assertEquals(List.of("assets/vendor/minisearch/README.md"), extra);
        for (String f : files(a)) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
    }

    @Test
    void aChangedTemplateAndAssetAreUsed(@TempDir Path dir) throws IOException {
        TestSites own = site(dir);
        copy(Path.of("templates"), dir.resolve("templates"));
        copy(Path.of("assets"), dir.resolve("assets"));
        Path header = dir.resolve("templates/partials/header-extra.ftl");
        Files.writeString(header, Files.readString(header) + "<span class=\"mine\">edited</span>\n");
        Files.writeString(dir.resolve("assets/notebake.css"), "/* edited */\n");

        BuildReport built = own.build();
        assertTrue(built.customTemplates());
        assertTrue(own.page("basics/a.html").contains("<span class=\"mine\">edited</span>"));
        assertEquals("/* edited */\n", own.page("assets/notebake.css"));
        assertFalse(Files.exists(dir.resolve("target/site/notebake.css")));
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        for (String f : files(from)) {
            Path t = to.resolve(f);
            Files.createDirectories(t.getParent());
            Files.write(t, Files.readAllBytes(from.resolve(f)));
        }
    }
}
