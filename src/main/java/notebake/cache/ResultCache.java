package notebake.cache;

import notebake.internal.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A content-addressed store of verification results under the work folder. An entry is the payload
 * preceded by a header holding its SHA-256, so a damaged entry is detected, deleted and reported as a
 * miss (never trusted). Beside the entries, an index remembers each snippet's last key, so a miss explains
 * itself: "helper a/B.java changed", "jdk changed". Writes are atomic. Thread-safe for distinct snippets.
 */
public final class ResultCache {

    private static final String MAGIC = "notebake-cache-1 ";

    private final Path dir;
    private final Path entries;
    private final Path index;

    public ResultCache(Path dir) {
        this.dir = dir;
        this.entries = dir.resolve("entries");
        this.index = dir.resolve("index");
    }

    /** A lookup's answer: the payload on a hit, or why it missed. */
    public record Lookup(byte[] payload, String missReason) {
        public boolean hit() {
            return payload != null;
        }
    }

    public Lookup lookup(String snippet, CacheKey key) {
        Path entry = entryFile(key);
        if (Files.isRegularFile(entry)) {
            try {
                byte[] all = Files.readAllBytes(entry);
                int nl = indexOf(all, (byte) '\n');
                String header = nl < 0 ? "" : new String(all, 0, nl, StandardCharsets.UTF_8);
                byte[] payload = nl < 0 ? new byte[0] : Arrays.copyOfRange(all, nl + 1, all.length);
                if (header.equals(MAGIC + CacheKey.sha256(payload))) {
                    return new Lookup(payload, null);
                }
                Files.deleteIfExists(entry);
                return new Lookup(null, "cache entry was corrupt (checksum mismatch); deleted and rebuilt");
            } catch (IOException e) {
                return new Lookup(null, "cache entry unreadable (" + e.getMessage() + "); rebuilt");
            }
        }
        return new Lookup(null, explainMiss(snippet, key));
    }

    public void store(String snippet, CacheKey key, byte[] payload) {
        try {
            tryStore(snippet, key, payload);
        } catch (IOException e) {
            // a damaged cache folder (a file where one of its folders belongs) is rebuilt, not given up on
            if (removeFilesInTheWay()) {
                try {
                    tryStore(snippet, key, payload);
                } catch (IOException again) {
                    // a cache that cannot be written only costs time next run
                }
            }
        }
    }

    /** Deletes plain files standing where the cache's folders belong; whether there was any. */
    private synchronized boolean removeFilesInTheWay() {
        boolean removed = false;
        for (Path p : new Path[]{dir, entries, index}) {
            try {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    removed |= Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // cannot repair: the store is skipped
            }
        }
        return removed;
    }

    private void tryStore(String snippet, CacheKey key, byte[] payload) throws IOException {
        Files.createDirectories(entries);
        Files.createDirectories(index);
        byte[] header = (MAGIC + CacheKey.sha256(payload) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[header.length + payload.length];
        System.arraycopy(header, 0, all, 0, header.length);
        System.arraycopy(payload, 0, all, header.length, payload.length);
        AtomicFiles.write(entryFile(key), all);
        StringBuilder b = new StringBuilder();
        new TreeSet<>(key.components().keySet()).forEach(k -> b.append(k.replace("\n", " ")).append('\t')
                .append(key.components().get(k)).append('\n'));
        AtomicFiles.write(indexFile(snippet), b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Deletes every entry whose key is not in {@code live} (results of snippets that changed or are gone),
     * so the cache does not grow without bound. Returns how many were deleted.
     */
    public int retainOnly(Set<String> liveKeyHashes) {
        if (!Files.isDirectory(entries)) {
            return 0;
        }
        int deleted = 0;
        try (Stream<Path> s = Files.walk(entries)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                String hash = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
                if (!liveKeyHashes.contains(hash)) {
                    Files.deleteIfExists(p);
                    deleted++;
                }
            }
        } catch (IOException e) {
            // pruning is only housekeeping
        }
        return deleted;
    }

    /** Compares the key with the snippet's last stored key and names what changed. */
    private String explainMiss(String snippet, CacheKey key) {
        Path f = indexFile(snippet);
        if (!Files.isRegularFile(f)) {
            return "not verified before";
        }
        Map<String, String> before = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab > 0) {
                    before.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException e) {
            return "not verified before";
        }
        TreeSet<String> changed = new TreeSet<>();
        key.components().forEach((k, v) -> {
            String old = before.get(k);
            if (old == null) {
                changed.add(k + " added");
            } else if (!old.equals(v)) {
                changed.add(k + " changed");
            }
        });
        before.keySet().stream().filter(k -> !key.components().containsKey(k)).forEach(k -> changed.add(k + " removed"));
        if (changed.isEmpty()) {
            return "last run did not pass (only passing results are cached)";
        }
        List<String> list = List.copyOf(changed);
        return String.join(", ", list.size() > 5 ? list.subList(0, 5) : list)
                + (list.size() > 5 ? " and " + (list.size() - 5) + " more" : "");
    }

    private Path entryFile(CacheKey key) {
        String h = key.hash();
        return entries.resolve(h.substring(0, 2)).resolve(h + ".json");
    }

    private Path indexFile(String snippet) {
        return index.resolve(CacheKey.sha256(snippet) + ".key");
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
