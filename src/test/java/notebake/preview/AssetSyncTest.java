package notebake.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AssetSyncTest {

    @TempDir
    Path dir;

    @Test
    void copiesChangedAssetsAndDeletesRemovedOnes() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets/img"));
        Path site = Files.createDirectories(dir.resolve("site/img"));
        Files.writeString(assets.resolve("a.svg"), "<svg/>");
        Files.writeString(site.resolve("old.svg"), "old");
        int n = new AssetSync(dir.resolve("assets"), dir.resolve("site"))
                .apply(Set.of(assets.resolve("a.svg"), assets.resolve("old.svg")));
        assertEquals(2, n);
        assertEquals("<svg/>", Files.readString(site.resolve("a.svg")));
        assertFalse(Files.exists(site.resolve("old.svg")));
    }

    @Test
    void ignoresPathsOutsideTheAssetsFolder() throws Exception {
        Files.createDirectories(dir.resolve("assets"));
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("elsewhere.txt"), "x");
        assertEquals(0, new AssetSync(dir.resolve("assets"), dir.resolve("site")).apply(Set.of(dir.resolve("elsewhere.txt"))));
    }
}
