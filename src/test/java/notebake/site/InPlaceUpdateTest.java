package notebake.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InPlaceUpdateTest {

    @TempDir
    Path dir;

    private Path site() throws Exception {
        Path site = Files.createDirectories(dir.resolve("target/site/a"));
        Files.writeString(site.resolve("b.html"), "old", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(site.resolve("b.html"), PosixFilePermissions.fromString("rw-r--r--"));
        return dir.resolve("target/site");
    }

    @Test
    void replacesAFileKeepingItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
        Path site = site();
        InPlaceUpdate.write(site, Map.of("a/b.html", "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(site.resolve("a/b.html")));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(site.resolve("a/b.html"))));
        try (Stream<Path> files = Files.list(site.resolve("a"))) {
            assertEquals(1, files.count(), "only b.html");
        }
    }

    @Test
    void refusesFilesOutsideTheSiteOrNotThereAndSitesOutsideTarget() throws Exception {
        Path site = site();
        Files.writeString(dir.resolve("target/outside.html"), "x");
        assertThrows(IllegalArgumentException.class,
                () -> InPlaceUpdate.write(site, Map.of("../outside.html", new byte[0])));
        assertEquals("x", Files.readString(dir.resolve("target/outside.html")));
        assertThrows(IllegalArgumentException.class,
                () -> InPlaceUpdate.write(site, Map.of("a/new.html", new byte[0])), "only existing files");
        assertTrue(Files.notExists(site.resolve("a/new.html")));
        Path elsewhere = Files.createDirectories(dir.resolve("public"));
        Files.writeString(elsewhere.resolve("b.html"), "old");
        assertThrows(IllegalArgumentException.class,
                () -> InPlaceUpdate.write(elsewhere, Map.of("b.html", new byte[0])), "never writes outside target/");
        assertEquals("old", Files.readString(elsewhere.resolve("b.html")));
    }
}
