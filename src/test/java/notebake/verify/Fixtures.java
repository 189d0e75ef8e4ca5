package notebake.verify;

import notebake.config.Config;
import notebake.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: copies of the fixture corpus into temp folders, and file-tree snapshots. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The corpus folder on the test classpath. */
    public static Path corpus() {
        try {
            return Path.of(Fixtures.class.getResource("/fixtures/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the corpus cases (all when none named) to {@code source/snippets}; returns the source's config. */
    public static Config sourceWith(Path source, String... cases) {
        Path snippets = source.resolve("snippets");
        if (cases.length == 0) {
            copyTree(corpus(), snippets);
        } else {
            for (String c : cases) {
                copyTree(corpus().resolve(c), snippets.resolve(c));
            }
        }
        return ConfigLoader.load(source).withJobs(2);
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} except under {@code root/target}, with its size and modification time. */
    public static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                Path rel = root.relativize(p);
                if (rel.startsWith("target") || Files.isDirectory(p)) {
                    continue;
                }
                out.put(rel.toString(), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Processes still running whose command line mentions {@code marker}. */
    public static List<String> processesMentioning(String marker) {
        List<String> out = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> p.info().commandLine().ifPresent(c -> {
            if (c.contains(marker) && p.isAlive()) {
                out.add(p.pid() + " " + c);
            }
        }));
        return out;
    }
}
