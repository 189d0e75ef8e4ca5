package notebake.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultCacheTest {

    static CacheKey key(String source, String helper) {
        return new CacheKey.Builder().add("source", source).add("helper a/H.java", helper).add("jdk", "17").build();
    }

    @Test
    void hitAfterStoreAndMissExplainsWhatChanged(@TempDir Path dir) {
        ResultCache cache = new ResultCache(dir);
        assertEquals("not verified before", cache.lookup("a/A.java", key("s", "h")).missReason());
        cache.store("a/A.java", key("s", "h"), "payload".getBytes(StandardCharsets.UTF_8));
        ResultCache.Lookup hit = cache.lookup("a/A.java", key("s", "h"));
        assertTrue(hit.hit());
        assertArrayEquals("payload".getBytes(StandardCharsets.UTF_8), hit.payload());
        assertEquals("helper a/H.java changed", cache.lookup("a/A.java", key("s", "h2")).missReason());
        assertEquals("helper a/H.java changed, source changed", cache.lookup("a/A.java", key("s2", "h2")).missReason());
    }

    @Test
    void corruptEntryIsDetectedDeletedAndNeverTrusted(@TempDir Path dir) throws Exception {
        ResultCache cache = new ResultCache(dir);
        cache.store("a/A.java", key("s", "h"), "{\"status\":\"VERIFIED\"}".getBytes(StandardCharsets.UTF_8));
        Path entry;
        try (Stream<Path> s = Files.walk(dir.resolve("entries"))) {
            entry = s.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        String text = Files.readString(entry);
        Files.writeString(entry, text.replace("VERIFIED", "VERIFIEd"));
        ResultCache.Lookup l = cache.lookup("a/A.java", key("s", "h"));
        assertFalse(l.hit());
        assertTrue(l.missReason().contains("corrupt"), l.missReason());
        assertFalse(Files.exists(entry));
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "");
        assertFalse(cache.lookup("a/A.java", key("s", "h")).hit());
    }

    @Test
    void staleEntriesArePruned(@TempDir Path dir) {
        ResultCache cache = new ResultCache(dir);
        cache.store("a/A.java", key("s1", "h"), new byte[]{1});
        cache.store("a/A.java", key("s2", "h"), new byte[]{2});
        assertEquals(1, cache.retainOnly(java.util.Set.of(key("s2", "h").hash())));
        assertFalse(cache.lookup("a/A.java", key("s1", "h")).hit());
        assertTrue(cache.lookup("a/A.java", key("s2", "h")).hit());
    }

    @Test
    void keyHashIsOrderIndependentButContentSensitive() {
        CacheKey a = new CacheKey.Builder().add("x", "1").add("y", "2").build();
        CacheKey b = new CacheKey.Builder().add("y", "2").add("x", "1").build();
        assertEquals(a.hash(), b.hash());
        assertFalse(a.hash().equals(new CacheKey.Builder().add("x", "1").add("y", "3").build().hash()));
    }

    @Test
    void aFileWhereTheCacheFolderBelongsIsReplacedNotAFreshCacheMissEveryRun(@TempDir Path root) throws Exception {
        for (String broken : new String[]{"cache", "cache/entries", "cache/index"}) {
            Path dir = root.resolve(broken.replace('/', '-')).resolve("cache");
            Path file = dir.resolveSibling(broken);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "damaged");
            ResultCache cache = new ResultCache(dir);
            cache.store("a/A.java", key("s", "h"), "payload".getBytes());
            assertTrue(cache.lookup("a/A.java", key("s", "h")).hit(), broken + " as a file");
        }
    }
}
