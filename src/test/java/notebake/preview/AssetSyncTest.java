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

    @Test
    void aBuiltInAssetIsReplacedUnderAssetsAndComesBackWhenTheReplacementIsDeleted() throws Exception {
        Path assets = Files.createDirectories(dir.resolve("assets/reader"));
        Path site = dir.resolve("site");
        notebake.site.BuiltIns.writeAssets(site);
        String builtIn = Files.readString(site.resolve("assets/reader/reader.css"));
        Path mine = assets.resolve("reader.css");
        Files.writeString(mine, "/* edited */");
        AssetSync sync = new AssetSync(dir.resolve("assets"), site);

        assertEquals(1, sync.apply(Set.of(mine)));
        assertEquals("/* edited */", Files.readString(site.resolve("assets/reader/reader.css")));
        assertFalse(Files.exists(site.resolve("reader/reader.css")), "not copied to the site root");

        Files.delete(mine);
        assertEquals(1, sync.apply(Set.of(mine)));
        assertEquals(builtIn, Files.readString(site.resolve("assets/reader/reader.css")));
    }
}
