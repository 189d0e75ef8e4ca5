package notebake.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds installed JDKs the way Gradle's toolchains do: the running JDK, {@code JAVA_HOME},
 * {@code JAVA_HOME_<N>_X64} / {@code JAVA_HOME_<N>_ARM64} (GitHub's {@code setup-java}), every folder of
 * {@code /usr/lib/jvm}, SDKMAN's {@code ~/.sdkman/candidates/java} and a configured list. A folder counts
 * when it has {@code bin/java}, {@code bin/javac} and a {@code release} file naming its version. Stateless.
 */
public final class JdkDiscovery {

    private JdkDiscovery() {
    }

    /** The JDK running this code; it compiles in-process. */
    public static Jdk running() {
        Path home = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        return new Jdk(realPath(home), Runtime.version().toString().replaceFirst("[+-].*$", ""),
                Runtime.version().feature(), true);
    }

    /**
     * The usable JDKs, lowest version first, each once (by real path).
     *
     * @param extra    configured JDK homes ({@code verify.jdks})
     * @param discover whether to look in the usual places; when false only the running JDK and {@code extra}
     */
    public static List<Jdk> find(List<Path> extra, boolean discover) {
        return find(extra, discover, System.getenv());
    }

    /** {@link #find(List, boolean)} with the given environment variables instead of this process's. */
    static List<Jdk> find(List<Path> extra, boolean discover, Map<String, String> env) {
        List<Path> candidates = new ArrayList<>();
        if (discover) {
            String javaHome = env.get("JAVA_HOME");
            if (javaHome != null && !javaHome.isBlank()) {
                candidates.add(Path.of(javaHome));
            }
            candidates.addAll(fromVersionedJavaHomes(env));
            candidates.addAll(children(Path.of("/usr/lib/jvm")));
            candidates.addAll(children(Path.of(System.getProperty("user.home"), ".sdkman", "candidates", "java")));
            candidates.addAll(children(Path.of("/Library/Java/JavaVirtualMachines")).stream()
                    .map(p -> p.resolve("Contents/Home")).toList());
        }
        candidates.addAll(extra);
        Jdk running = running();
        Map<Path, Jdk> found = new LinkedHashMap<>();
        found.put(running.home(), running);
        for (Path c : candidates) {
            probe(c).ifPresent(j -> found.putIfAbsent(j.home(), j));
        }
        List<Jdk> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparingInt(Jdk::feature).thenComparing(j -> !j.running())
                .thenComparing(j -> Runtime.Version.parse(j.version()), Comparator.reverseOrder()));
        return List.copyOf(list);
    }

    /**
     * The folders named by {@code JAVA_HOME_<N>_X64} and {@code JAVA_HOME_<N>_ARM64} (what GitHub's
     * {@code setup-java} and its hosted runners set for every installed JDK), lowest {@code N} first.
     * Other variables, blank values and names that are not folders are ignored.
     */
    static List<Path> fromVersionedJavaHomes(Map<String, String> env) {
        List<Map.Entry<Integer, Path>> found = new ArrayList<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            Matcher m = VERSIONED_JAVA_HOME.matcher(e.getKey());
            String value = e.getValue();
            if (!m.matches() || value == null || value.isBlank()) {
                continue;
            }
            try {
                found.add(Map.entry(Integer.parseInt(m.group(1)), Path.of(value.strip())));
            } catch (NumberFormatException | java.nio.file.InvalidPathException ex) {
                // not a JDK home
            }
        }
        found.sort(Map.Entry.<Integer, Path>comparingByKey().thenComparing(en -> en.getValue().toString()));
        return found.stream().map(Map.Entry::getValue).toList();
    }

    private static final Pattern VERSIONED_JAVA_HOME = Pattern.compile("JAVA_HOME_(\\d{1,4})_(?:X64|ARM64)",
            Pattern.CASE_INSENSITIVE);

    /** The lowest JDK whose feature release is at least {@code release}; the running one wins a tie. */
    public static Optional<Jdk> lowestSatisfying(List<Jdk> jdks, int release) {
        return jdks.stream().filter(j -> j.feature() >= release).findFirst();
    }

    /** Reads a JDK home, or nothing when the folder is not a usable JDK. */
    public static Optional<Jdk> probe(Path dir) {
        Path home = realPath(dir.toAbsolutePath().normalize());
        if (!Files.isRegularFile(home.resolve("bin/java")) && !Files.isRegularFile(home.resolve("bin/java.exe"))) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(home.resolve("bin/javac")) && !Files.isRegularFile(home.resolve("bin/javac.exe"))) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("release"))) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String v = p.getProperty("JAVA_VERSION", "").replace("\"", "").strip();
        try {
            Runtime.Version version = Runtime.Version.parse(v);
            Jdk running = running();
            return Optional.of(new Jdk(home, v, version.feature(), home.equals(running.home())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }
}
