package notebake.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Builds a site in a fresh temporary folder beside the target and swaps it in only when the build succeeded:
 * a failed or interrupted build leaves the previous site intact. Only touches the target folder and its
 * {@code .<name>.*} siblings, which must live under a {@code target/} folder. Not thread-safe.
 */
public final class SiteSwap {

    /** Staging folders of builds still in progress in this JVM, for {@link #discardUnfinished()}. */
    private static final Set<Path> UNFINISHED = ConcurrentHashMap.newKeySet();

    private final Path target;
    private final Path staging;

    private SiteSwap(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates the staging folder for {@code target} (e.g. target/site), removing leftovers of interrupted builds. */
    public static SiteSwap begin(Path target) {
        Path t = target.toAbsolutePath().normalize();
        if (!underTarget(t)) {
            throw new IllegalArgumentException(t + ": the site folder must be inside a target/ folder; "
                    + "building never writes elsewhere");
        }
        try {
            Files.createDirectories(t.getParent());
            cleanLeftovers(t);
            Path staging = Files.createTempDirectory(t.getParent(), "." + t.getFileName() + ".new-");
            readableByAll(staging);
            UNFINISHED.add(staging);
            return new SiteSwap(t, staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a site folder (absolute, normalized) is inside a {@code target/} folder. */
    static boolean underTarget(Path site) {
        for (Path p = site.getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A temporary folder is created owner-only (0700); the published site must be readable by a web server
     * running as another user, like every folder inside it (0755).
     */
    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Where to build. */
    public Path staging() {
        return staging;
    }

    /** Replaces the target with the staging folder. */
    public void commit() {
        try {
            Path old = null;
            if (Files.exists(target)) {
                old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
                move(target, old);
            }
            move(staging, target);
            UNFINISHED.remove(staging);
            if (old != null) {
                delete(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Discards the staging folder; the target is untouched. */
    public void abort() {
        try {
            delete(staging);
            UNFINISHED.remove(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the staging folders of builds that neither committed nor aborted (the JVM is being stopped in the
     * middle of one); their targets are untouched. Best effort, never throws.
     */
    public static void discardUnfinished() {
        for (Path p : List.copyOf(UNFINISHED)) {
            try {
                delete(p);
                UNFINISHED.remove(p);
            } catch (IOException | RuntimeException ignored) {
                // the next build removes what is left (cleanLeftovers)
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void cleanLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            for (Path p : (Iterable<Path>) siblings::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix + "new-") || name.startsWith(prefix + "old-")) {
                    if (name.startsWith(prefix + "old-") && !Files.exists(target)) {
                        move(p, target);
                    } else {
                        delete(p);
                    }
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (exc instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // deleted meanwhile (two deleters at an interrupted build)
                }
                throw exc;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
