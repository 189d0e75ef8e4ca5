package notebake.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every input that can change a snippet's result, each as a named hash (e.g. {@code source}, {@code helper
 * a/B.java}, {@code jdk}, {@code jvm-flags}), so a miss can say which one changed. Immutable.
 *
 * @param components name → SHA-256 hex of that input, in insertion order
 */
public record CacheKey(Map<String, String> components) {

    public CacheKey {
        components = Map.copyOf(components);
    }

    /** The key's own hash: SHA-256 over the sorted components. */
    public String hash() {
        StringBuilder b = new StringBuilder();
        components.keySet().stream().sorted().forEach(k -> b.append(k).append('=').append(components.get(k)).append('\n'));
        return sha256(b.toString());
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds a key component by component. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> components = new LinkedHashMap<>();

        /** Adds an input by its text (hashed here). */
        public Builder add(String name, String text) {
            components.put(name, sha256(text == null ? "\u0000absent" : text));
            return this;
        }

        public CacheKey build() {
            return new CacheKey(components);
        }
    }
}
