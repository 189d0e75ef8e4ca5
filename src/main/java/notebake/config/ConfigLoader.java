package notebake.config;

import notebake.internal.NearestName;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads {@code notebake.properties} from a source folder into a {@link Config}. A missing file is fine
 * (defaults apply); an unknown key or a bad value is a {@link ConfigException} naming the file and the key.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = "notebake.properties";

    /** Every accepted key, with its meaning (shown in errors, documented in content/guide/authoring.md). */
    public static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("site.title", "the site's title"),
            Map.entry("site.url", "absolute public URL of the site, for the feed and sitemap"),
            Map.entry("site.repository", "web URL of the sources, e.g. https://github.com/o/r/blob/main/"),
            Map.entry("content.dir", "notes folder, relative to the source folder"),
            Map.entry("snippets.dir", "snippets folder, relative to the source folder"),
            Map.entry("templates.dir", "templates folder, relative to the source folder"),
            Map.entry("assets.dir", "assets folder, relative to the source folder"),
            Map.entry("verify.jobs", "snippets verified in parallel (default: twice the processors)"),
            Map.entry("verify.timeout", "default per-snippet timeout, e.g. 5s or 800ms"),
            Map.entry("verify.jdks", "comma-separated extra JDK homes"));

    private ConfigLoader() {
    }

    /** The 1-based line that sets {@code key}, or 1 when it cannot be told (continued lines, escapes). */
    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).stripLeading();
                if (l.startsWith(key) && (l.length() == key.length() || "=: \t".indexOf(l.charAt(key.length())) >= 0)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            // fall through: the file was readable a moment ago
        }
        return 1;
    }

    public static Config load(Path source) {
        Path root = source.toAbsolutePath().normalize();
        Path file = root.resolve(FILE_NAME);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new ConfigException(file + ": not valid UTF-8; save the file as UTF-8");
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException(file + ": cannot read: " + e.getMessage());
            }
        }
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS.keySet());
        if (!unknown.isEmpty()) {
            StringBuilder where = new StringBuilder();
            for (String key : unknown) {
                String near = NearestName.of(key, KEYS.keySet(), 3);
                where.append(where.length() == 0 ? "" : "; ").append(file).append(':').append(lineOf(file, key))
                        .append(": unknown key ").append(key).append(near == null ? "" : " (did you mean " + near + "?)");
            }
            throw new ConfigException(where + "; known keys are " + new TreeSet<>(KEYS.keySet()));
        }
        Path target = root.resolve("target");
        return new Config(
                root,
                root.resolve(p.getProperty("content.dir", "content")).normalize(),
                root.resolve(p.getProperty("snippets.dir", "snippets")).normalize(),
                root.resolve(p.getProperty("templates.dir", "templates")).normalize(),
                root.resolve(p.getProperty("assets.dir", "assets")).normalize(),
                target.resolve("notebake"),
                target.resolve("site"),
                p.getProperty("site.title", "Notebake").strip(),
                p.getProperty("site.url", "").strip(),
                p.getProperty("site.repository", "").strip(),
                // twice the processors: much of a snippet JVM's short life is spent starting and exiting, not
                // computing (measured in bench/RESULTS.md, "Verifier")
                positiveInt(file, p, "verify.jobs", 2 * Runtime.getRuntime().availableProcessors()),
                duration(file, p.getProperty("verify.timeout", "5s"), "verify.timeout"),
                jdks(root, p.getProperty("verify.jdks", "")));
    }

    /** Parses {@code 5s}, {@code 800ms} or {@code 2m}; the error names where the value came from. */
    public static Duration duration(Object where, String value, String key) {
        String v = value.strip();
        try {
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2).strip()));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1).strip()) * 1000));
            }
            if (v.endsWith("m")) {
                return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1).strip()) * 60);
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new ConfigException(where + ": " + key + "=" + value + " is not a duration; write e.g. 5s or 800ms");
    }

    private static int positiveInt(Path file, Properties p, String key, int dflt) {
        String v = p.getProperty(key);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new ConfigException(file + ": " + key + "=" + v + " must be a positive whole number");
    }

    private static List<Path> jdks(Path root, String list) {
        List<Path> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(root.resolve(s.strip()).normalize());
            }
        }
        return out;
    }

    /** A configuration problem; the message names the file, the key and the fix. */
    public static final class ConfigException extends RuntimeException {
        public ConfigException(String message) {
            super(message);
        }
    }
}
