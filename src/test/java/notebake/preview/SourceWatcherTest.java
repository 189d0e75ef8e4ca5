package notebake.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceWatcherTest {

    @TempDir
    Path source;

    private SourceWatcher watcher() throws Exception {
        Files.createDirectories(source.resolve("content/threads"));
        Files.createDirectories(source.resolve("snippets"));
        Files.createDirectories(source.resolve("assets"));
        return new SourceWatcher(Map.of(
                source.resolve("content"), ChangeSet.Kind.CONTENT,
                source.resolve("snippets"), ChangeSet.Kind.SNIPPET,
                source.resolve("assets"), ChangeSet.Kind.ASSET,
                source.resolve("templates"), ChangeSet.Kind.TEMPLATE), source, source.resolve("notebake.properties"));
    }

    private static ChangeSet next(SourceWatcher w) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return w.next(Duration.ofMillis(100));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aSavedNoteIsOneContentChange() throws Exception {
        try (SourceWatcher w = watcher()) {
            Path note = source.resolve("content/threads/locks.md");
            Files.writeString(note, "---\ntitle: x\n---\n");
            Files.writeString(note, "---\ntitle: y\n---\n"); // editors often write twice
            ChangeSet changes = next(w);
            assertEquals(Set.of(note), changes.of(ChangeSet.Kind.CONTENT));
            assertEquals(1, changes.files().size());
            assertFalse(changes.onlyAssets());
        }
    }

    @Test
    void changesOfSeveralKindsInOneBurstAreOneBatch() throws Exception {
        try (SourceWatcher w = watcher()) {
            Files.writeString(source.resolve("snippets/A.java"), "class A {}");
            Files.writeString(source.resolve("assets/x.css"), "a{}");
            Files.writeString(source.resolve("notebake.properties"), "site.title=T");
            ChangeSet changes = next(w);
            assertEquals(Set.of(source.resolve("snippets/A.java")), changes.of(ChangeSet.Kind.SNIPPET));
            assertEquals(Set.of(source.resolve("assets/x.css")), changes.of(ChangeSet.Kind.ASSET));
            assertEquals(Set.of(source.resolve("notebake.properties")), changes.of(ChangeSet.Kind.CONFIG));
        }
    }

    @Test
    void onlyAssetsIsRecognised() throws Exception {
        try (SourceWatcher w = watcher()) {
            Files.writeString(source.resolve("assets/site.css"), "a{}");
            assertTrue(next(w).onlyAssets());
        }
    }

    @Test
    void editorScratchFilesAndUnrelatedFilesAreIgnored() throws Exception {
        try (SourceWatcher w = watcher()) {
            Files.writeString(source.resolve("content/threads/.locks.md.swp"), "x");
            Files.writeString(source.resolve("content/threads/locks.md~"), "x");
            Files.writeString(source.resolve("README.md"), "x");
            Path note = source.resolve("content/threads/real.md");
            Files.writeString(note, "x");
            ChangeSet changes = next(w);
            assertEquals(Set.of(note), changes.of(ChangeSet.Kind.CONTENT), changes.toString());
            assertEquals(1, changes.all().size(), changes.toString());
        }
    }

    @Test
    void filesInNewFoldersAndNewRootsAreSeen() throws Exception {
        try (SourceWatcher w = watcher()) {
            Path dir = source.resolve("content/processes");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("fork.md"), "x");
            ChangeSet first = next(w);
            assertTrue(first.of(ChangeSet.Kind.CONTENT).contains(dir.resolve("fork.md")), first.toString());

            Path templates = source.resolve("templates");
            Files.createDirectories(templates);
            Thread.sleep(150); // let the watcher register the new root
            Files.writeString(templates.resolve("note.ftl"), "x");
            ChangeSet second = next(w);
            boolean seen = second.of(ChangeSet.Kind.TEMPLATE).contains(templates.resolve("note.ftl"));
            if (!seen) {
                seen = next(w).of(ChangeSet.Kind.TEMPLATE).contains(templates.resolve("note.ftl"));
            }
            assertTrue(seen);
        }
    }

    @Test
    void deletedNoteIsReported() throws Exception {
        Path note = source.resolve("content/threads/gone.md");
        Files.createDirectories(note.getParent());
        Files.writeString(note, "x");
        try (SourceWatcher w = watcher()) {
            Files.delete(note);
            assertEquals(Set.of(note), next(w).of(ChangeSet.Kind.CONTENT));
        }
    }

    @Test
    void closedWatcherReturnsNull() throws Exception {
        SourceWatcher w = watcher();
        w.close();
        assertNull(w.next(Duration.ofMillis(10)));
    }
}
