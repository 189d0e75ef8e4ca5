package notebake.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the source folders of a site (recursively, following new sub-folders) and hands out the changes in
 * batches: a batch ends when no file changed for a short quiet period, so an editor's save (often a write, a
 * rename and a metadata change) becomes one rebuild. Editor scratch files are ignored.
 */
public final class SourceWatcher implements AutoCloseable {

    private final WatchService service;
    private final Map<Path, ChangeSet.Kind> roots;
    private final Path sourceDir;
    private final Path configFile;
    private final Map<WatchKey, Path> keys = new HashMap<>();

    /**
     * @param roots      folders to watch and the kind of change a file below each means; missing folders are
     *                   watched from the moment they are created in {@code sourceDir}
     * @param sourceDir  the source folder (watched itself, non-recursively, for new roots and the config file)
     * @param configFile the configuration file, e.g. {@code notebake.properties}
     */
    public SourceWatcher(Map<Path, ChangeSet.Kind> roots, Path sourceDir, Path configFile) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = new LinkedHashMap<>();
        roots.forEach((dir, kind) -> this.roots.put(dir.toAbsolutePath().normalize(), kind));
        this.sourceDir = sourceDir.toAbsolutePath().normalize();
        this.configFile = configFile.toAbsolutePath().normalize();
        register(this.sourceDir);
        for (Path root : this.roots.keySet()) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                register(d);
            }
        }
    }

    /**
     * Waits for the next batch of changes.
     *
     * @param quiet how long no file may change before the batch is handed out
     * @return the batch, never empty; null once the watcher is closed
     */
    public ChangeSet next(Duration quiet) throws InterruptedException {
        Map<ChangeSet.Kind, Set<Path>> batch = new EnumMap<>(ChangeSet.Kind.class);
        try {
            WatchKey key = service.take();
            handle(key, batch);
            while (true) {
                WatchKey more = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (more == null) {
                    if (!batch.isEmpty()) {
                        return new ChangeSet(batch);
                    }
                    more = service.take();
                }
                handle(more, batch);
            }
        } catch (ClosedWatchServiceException e) {
            return null;
        }
    }

    private void handle(WatchKey key, Map<ChangeSet.Kind, Set<Path>> batch) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (dir == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                // lost events: treat it as a change of everything we watch
                roots.forEach((root, kind) -> batch.computeIfAbsent(kind, k -> new TreeSet<>()).add(root));
                continue;
            }
            Path path = dir.resolve((Path) event.context()).normalize();
            if (isScratch(path)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)
                    && (kindOf(path) != null)) {
                try {
                    registerTree(path);
                    // files created in the new folder before it was registered
                    try (Stream<Path> files = Files.walk(path)) {
                        files.filter(Files::isRegularFile).forEach(f -> add(f, batch));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot watch " + path + ": " + e.getMessage(), e);
                }
                continue;
            }
            if (Files.isDirectory(path)) {
                continue; // a folder's own modification time changed: its files report themselves
            }
            add(path, batch);
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    private void add(Path path, Map<ChangeSet.Kind, Set<Path>> batch) {
        ChangeSet.Kind kind = kindOf(path);
        if (kind != null) {
            batch.computeIfAbsent(kind, k -> new TreeSet<>()).add(path);
        }
    }

    /** The kind of a path, or null when it is not a source of the site. */
    ChangeSet.Kind kindOf(Path path) {
        if (path.equals(configFile)) {
            return ChangeSet.Kind.CONFIG;
        }
        for (Map.Entry<Path, ChangeSet.Kind> root : roots.entrySet()) {
            if (path.startsWith(root.getKey())) {
                return root.getValue();
            }
        }
        return null;
    }

    /** Editor backups, swap and lock files, and vim's write test file. */
    static boolean isScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913") || name.startsWith(".goutputstream")
                || name.equals(".DS_Store");
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    static Duration defaultQuiet() {
        return Duration.ofMillis(80);
    }
}
