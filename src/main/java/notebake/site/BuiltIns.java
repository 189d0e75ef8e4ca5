package notebake.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The built-in templates and assets shipped in Notebake's jar, and Prism.js from its pinned WebJar. Nothing is
 * fetched from the network: the site works offline and under any sub-path. Stateless.
 */
public final class BuiltIns {

    /** Built-in Freemarker templates; a source folder's templates/ may override any of them. */
    public static final List<String> TEMPLATES = List.of("layout.ftl", "note.ftl", "index.ftl", "section.ftl",
            "tags.ftl", "tag.ftl", "source.ftl", "topics.ftl", "404.ftl", "feed.ftl",
            "partials/head-extra.ftl", "partials/header-extra.ftl", "partials/body-end.ftl", "partials/sidebar.ftl");

    /**
     * Built-in assets, copied to assets/ in the site: the base stylesheet, the reader experience (theme, search
     * UI, navigation, snippet tools) and MiniSearch, which the build installs from npm (pinned by
     * src/main/npm/package-lock.json) onto the classpath.
     */
    public static final List<String> ASSETS = List.of("notebake.css",
            "reader/reader.css", "reader/reader.js", "reader/favicon.svg",
            "vendor/minisearch/index.js", "vendor/minisearch/index.js.map", "vendor/minisearch/LICENSE.txt");

    /** Prism core (with markup, CSS, C-like, JavaScript), the languages notes use, and the plugins, in load order. */
    private static final List<String> PRISM_JS = List.of("prism.js",
            "components/prism-java.min.js", "components/prism-python.min.js", "components/prism-bash.min.js",
            "components/prism-json.min.js", "components/prism-yaml.min.js", "components/prism-properties.min.js",
            "components/prism-markdown.min.js",
            "plugins/line-numbers/prism-line-numbers.min.js", "plugins/line-highlight/prism-line-highlight.min.js",
            "plugins/toolbar/prism-toolbar.min.js", "plugins/copy-to-clipboard/prism-copy-to-clipboard.min.js");
    private static final List<String> PRISM_CSS = List.of("themes/prism.min.css",
            "plugins/line-numbers/prism-line-numbers.min.css", "plugins/line-highlight/prism-line-highlight.min.css",
            "plugins/toolbar/prism-toolbar.min.css");

    private BuiltIns() {
    }

    /** The pinned Prism version (from the build). */
    public static String prismVersion() {
        Properties p = new Properties();
        try (InputStream in = resource("notebake/build.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("prism.version");
    }

    /**
     * Writes the built-in templates into {@code dir}, then copies the user's templates over them.
     *
     * @param userTemplates a source folder's templates/ (may not exist)
     */
    public static void materializeTemplates(Path dir, Path userTemplates) {
        try {
            for (String t : TEMPLATES) {
                copyResource("notebake/templates/" + t, dir.resolve(t));
            }
            if (userTemplates != null && Files.isDirectory(userTemplates)) {
                try (Stream<Path> walk = Files.walk(userTemplates)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        Path to = dir.resolve(userTemplates.relativize(p).toString());
                        Files.createDirectories(to.getParent());
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes assets/notebake.css and assets/vendor/prism/prism.{js,css} (one bundle each) into the site. */
    public static void writeAssets(Path site) {
        try {
            for (String a : ASSETS) {
                copyResource("notebake/assets/" + a, site.resolve("assets").resolve(a));
            }
            String base = "META-INF/resources/webjars/prismjs/" + prismVersion() + "/";
            Path prism = site.resolve("assets/vendor/prism");
            Files.createDirectories(prism);
            Files.writeString(prism.resolve("prism.js"), bundle(base, PRISM_JS, ";\n"), StandardCharsets.UTF_8);
            Files.writeString(prism.resolve("prism.css"), bundle(base, PRISM_CSS, "\n"), StandardCharsets.UTF_8);
            copyResource(base + "LICENSE", prism.resolve("LICENSE.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String bundle(String base, List<String> files, String separator) throws IOException {
        StringBuilder b = new StringBuilder("/* Prism " + prismVersion() + " (MIT licence, see LICENSE.txt): "
                + String.join(", ", files) + " */\n");
        for (String f : files) {
            try (InputStream in = resource(base + f)) {
                b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append(separator);
            }
        }
        return b.toString();
    }

    private static void copyResource(String name, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = resource(name)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = BuiltIns.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing resource " + name + " (broken Notebake build)");
        }
        return in;
    }
}
