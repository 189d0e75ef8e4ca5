package notebake.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The built-in templates and assets shipped in Notebake's jar, and Prism.js from its pinned WebJar. Nothing is
 * fetched from the network: the site works offline and under any sub-path. Stateless.
 */
public final class BuiltIns {

    /**
     * Built-in Freemarker templates (source: the repository's top-level templates/, packaged at
     * notebake/templates in the jar); a source folder's templates/ may override any of them.
     */
    public static final List<String> TEMPLATES = List.of("layout.ftl", "note.ftl", "index.ftl", "section.ftl",
            "tags.ftl", "tag.ftl", "source.ftl", "topics.ftl", "404.ftl", "feed.ftl",
            "partials/head-extra.ftl", "partials/header-extra.ftl", "partials/body-end.ftl", "partials/sidebar.ftl");

    /**
     * Built-in assets, copied to assets/ in the site: the base stylesheet, the reader experience (theme, search
     * UI, navigation, snippet tools) and MiniSearch (vendored, pinned, with its provenance in its README.md).
     * Their source is the repository's top-level assets/, packaged at notebake/assets in the jar.
     */
    public static final List<String> ASSETS = List.of("notebake.css",
            "reader/reader.css", "reader/reader.js", "reader/favicon.svg",
            "vendor/minisearch/index.js", "vendor/minisearch/index.js.map", "vendor/minisearch/LICENSE.txt");

    /** The folders of the built-in assets ({@code reader/}, {@code vendor/minisearch/}). */
    private static final List<String> ASSET_FOLDERS = ASSETS.stream().filter(a -> a.contains("/"))
            .map(a -> a.substring(0, a.lastIndexOf('/') + 1)).distinct().toList();

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
     * @return whether the user's templates change or add anything. A user template byte for byte equal to the
     *         built-in at the same path does not count: this repository's own templates/ is where the built-ins
     *         come from, and baking it must not take the slower path for custom templates
     */
    public static boolean materializeTemplates(Path dir, Path userTemplates) {
        try {
            for (String t : TEMPLATES) {
                copyResource("notebake/templates/" + t, dir.resolve(t));
            }
            boolean custom = false;
            if (userTemplates != null && Files.isDirectory(userTemplates)) {
                try (Stream<Path> walk = Files.walk(userTemplates)) {
                    for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                        String rel = userTemplates.relativize(p).toString().replace('\\', '/');
                        Path to = dir.resolve(rel);
                        byte[] mine = Files.readAllBytes(p);
                        if (!TEMPLATES.contains(rel) || !Arrays.equals(mine, Files.readAllBytes(to))) {
                            custom = true;
                            Files.createDirectories(to.getParent());
                            Files.write(to, mine);
                        }
                    }
                }
            }
            return custom;
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

    /** Whether {@code relative} (e.g. {@code reader/reader.js}) is the path of a built-in asset. */
    public static boolean isBuiltInAsset(String relative) {
        return ASSETS.contains(relative);
    }

    /**
     * Where a file of a source folder's assets/ goes in the site, relative to the site root. A built-in asset's
     * path ({@code notebake.css}, {@code reader/reader.js}) or a path in a built-in asset folder ({@code reader/},
     * {@code vendor/minisearch/}) goes under {@code assets/}, replacing or joining the built-ins; any other file
     * keeps its path from the site root, as JBake copies assets ({@code assets/img/logo.svg} becomes
     * {@code img/logo.svg}).
     *
     * @param relative the file's path under assets/, with {@code /} separators
     */
    public static String sitePathOfUserAsset(String relative) {
        boolean builtIn = isBuiltInAsset(relative)
                || ASSET_FOLDERS.stream().anyMatch(folder -> relative.startsWith(folder));
        return builtIn ? "assets/" + relative : relative;
    }

    /**
     * Copies a source folder's assets into the site (after {@link #writeAssets}): see
     * {@link #sitePathOfUserAsset}. Copying this repository's own assets/ (the built-ins) changes nothing.
     *
     * @param userAssets the source folder's assets/ (may not exist)
     * @return how many files were copied
     */
    public static int copyUserAssets(Path userAssets, Path site) {
        if (userAssets == null || !Files.isDirectory(userAssets)) {
            return 0;
        }
        int n = 0;
        try (Stream<Path> walk = Files.walk(userAssets)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = userAssets.relativize(p).toString().replace('\\', '/');
                Path to = site.resolve(sitePathOfUserAsset(rel));
                Files.createDirectories(to.getParent());
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    /** Puts a built-in asset back into the site (when the user's replacement of it was deleted). */
    public static void restoreBuiltInAsset(String relative, Path site) throws IOException {
        copyResource("notebake/assets/" + relative, site.resolve("assets").resolve(relative));
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
