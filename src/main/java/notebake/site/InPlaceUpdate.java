package notebake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Map;

/**
 * Replaces some files of a published site folder in place (the live preview's page-by-page updates): each file is
 * written to a temporary file beside it and moved over the old one atomically, so a reader (the preview server, a
 * browser) sees the old page or the new one, never half of one. The site folder must be inside a {@code target/}
 * folder, like {@link SiteSwap}'s. Stateless.
 */
public final class InPlaceUpdate {

    private InPlaceUpdate() {
    }

    /**
     * @param siteDir the published site folder
     * @param files   site path ({@code a/b.html}) → new content; the files must exist already
     */
    public static void write(Path siteDir, Map<String, byte[]> files) {
        Path site = siteDir.toAbsolutePath().normalize();
        if (!SiteSwap.underTarget(site)) {
            throw new IllegalArgumentException(site + ": the site folder must be inside a target/ folder");
        }
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = site.resolve(e.getKey()).normalize();
                if (!target.startsWith(site) || !Files.isRegularFile(target)) {
                    throw new IllegalArgumentException(e.getKey() + " is not a file of " + site);
                }
                Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
                try {
                    Files.write(temp, e.getValue());
                    if (Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
                        // a temporary file is created owner-only; keep the published file's permissions
                        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
                    }
                    move(temp, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
