package notebake.browser;

import notebake.BuildOptions;
import notebake.Notebake;
import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.verify.Status;
import notebake.verify.VerificationReport;
import notebake.verify.Verifier;
import notebake.verify.VerifyOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The browser tests' site: the fixture source folder (src/test/resources/reader-site) copied under target/,
 * verified for real by the verifier and baked by the site builder, exactly as {@code mvn site} would.
 */
final class FixtureSite {

    static final Path FIXTURE = Path.of("src/test/resources/reader-site");

    private FixtureSite() {
    }

    /** Output folder of the browser tests (screenshots, fixture copies): target/browser. */
    static Path outputDir() {
        return Path.of(System.getProperty("notebake.browser.out", "target/browser")).toAbsolutePath();
    }

    /** Copies the fixture to {@code target/browser/<name>} and returns the copy's folder. */
    static Path copy(String name) {
        Path to = outputDir().resolve(name);
        try {
            if (Files.exists(to)) {
                try (Stream<Path> walk = Files.walk(to)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> walk = Files.walk(FIXTURE)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path target = to.resolve(FIXTURE.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Verifies the snippets and builds the site; returns the configuration (its siteDir holds the site). */
    static Config build(Path source, boolean allowFailures) {
        Config config = ConfigLoader.load(source);
        VerificationReport report = Verifier.verify(config, VerifyOptions.defaults());
        if (!allowFailures && !bad(report).isEmpty()) {
            throw new AssertionError("fixture snippets must verify: " + bad(report));
        }
        Notebake.build(config, new BuildOptions(allowFailures), report);
        return config;
    }

    private static List<String> bad(VerificationReport report) {
        return report.snippets().stream().filter(s -> s.status() != Status.VERIFIED)
                .map(s -> s.path() + ": " + s.status() + " " + s.reason()).toList();
    }

    /** Every HTML page of a built site, relative to the site folder, with / separators. */
    static List<String> pages(Path siteDir) {
        try (Stream<Path> walk = Files.walk(siteDir)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> siteDir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
