package notebake.preview;

import notebake.site.BuiltIns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

/**
 * The whole rebuild when only files under assets/ changed: copy each changed file to its place in the site folder
 * (as the build does: see {@link BuiltIns#sitePathOfUserAsset}), or delete the copy when the source is gone (a
 * deleted replacement of a built-in asset brings the built-in back). Pages do not change, so nothing is
 * re-rendered.
 */
final class AssetSync {

    private final Path assetsDir;
    private final Path siteDir;

    AssetSync(Path assetsDir, Path siteDir) {
        this.assetsDir = assetsDir.toAbsolutePath().normalize();
        this.siteDir = siteDir.toAbsolutePath().normalize();
    }

    /** @return how many files were copied or deleted */
    int apply(Set<Path> changed) throws IOException {
        int n = 0;
        for (Path source : changed) {
            Path relative = assetsDir.relativize(source.toAbsolutePath().normalize());
            if (relative.startsWith("..")) {
                continue;
            }
            String rel = relative.toString().replace('\\', '/');
            Path target = siteDir.resolve(BuiltIns.sitePathOfUserAsset(rel)).normalize();
            if (!target.startsWith(siteDir)) {
                continue;
            }
            if (Files.isRegularFile(source)) {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                n++;
            } else if (!Files.exists(source) && BuiltIns.isBuiltInAsset(rel)) {
                BuiltIns.restoreBuiltInAsset(rel, siteDir); // the replacement is gone: the built-in is back
                n++;
            } else if (!Files.exists(source) && Files.deleteIfExists(target)) {
                n++;
            }
        }
        return n;
    }
}
