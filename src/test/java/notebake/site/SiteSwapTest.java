package notebake.site;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteSwapTest {

    @Test
    void publishedSiteIsReadableByOtherUsers(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("target/site");
        SiteSwap swap = SiteSwap.begin(site);
        Files.writeString(swap.staging().resolve("index.html"), "<p>new</p>");
        swap.commit();
        assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(site)));
        assertEquals("<p>new</p>", Files.readString(site.resolve("index.html")));
    }

    @Test
    void abortKeepsThePreviousSite(@TempDir Path dir) throws Exception {
        Path site = dir.resolve("target/site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "<p>old</p>");
        SiteSwap swap = SiteSwap.begin(site);
        Files.writeString(swap.staging().resolve("index.html"), "<p>half</p>");
        swap.abort();
        assertEquals("<p>old</p>", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(swap.staging()));
    }

    @Test
    void refusesToWriteOutsideATargetFolder(@TempDir Path dir) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteSwap.begin(dir.resolve("site")));
        assertTrue(e.getMessage().contains("target/"), e.getMessage());
    }
}
