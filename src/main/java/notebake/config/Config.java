package notebake.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything a Notebake run needs to know, loaded once from {@code notebake.properties} (all keys optional)
 * and then overridden field by field by command-line options. Immutable.
 *
 * @param source         the source folder (holds content/, snippets/, templates/, assets/)
 * @param contentDir     notes folder
 * @param snippetsDir    snippets folder
 * @param templatesDir   Freemarker templates folder (may not exist: built-in defaults are used)
 * @param assetsDir      static assets folder (may not exist)
 * @param workDir        where the verifier keeps results, cache and reports: always under {@code target/}
 * @param siteDir        where the site is written
 * @param siteTitle      the site's title
 * @param siteUrl        absolute public URL of the site, for the feed and the sitemap (may be empty)
 * @param repositoryUrl  web URL of the sources, e.g. {@code https://github.com/o/r/blob/main/} (may be empty)
 * @param jobs           snippets verified in parallel
 * @param defaultTimeout per-snippet wall-clock limit unless the snippet sets its own
 * @param extraJdks      JDK homes to consider besides the discovered ones
 */
public record Config(
        Path source,
        Path contentDir,
        Path snippetsDir,
        Path templatesDir,
        Path assetsDir,
        Path workDir,
        Path siteDir,
        String siteTitle,
        String siteUrl,
        String repositoryUrl,
        int jobs,
        Duration defaultTimeout,
        List<Path> extraJdks) {

    public Config {
        extraJdks = List.copyOf(extraJdks);
    }

    public Config withSnippetsDir(Path dir) {
        return new Config(source, contentDir, dir, templatesDir, assetsDir, workDir, siteDir, siteTitle, siteUrl,
                repositoryUrl, jobs, defaultTimeout, extraJdks);
    }

    public Config withSiteDir(Path dir) {
        return new Config(source, contentDir, snippetsDir, templatesDir, assetsDir, workDir, dir, siteTitle, siteUrl,
                repositoryUrl, jobs, defaultTimeout, extraJdks);
    }

    public Config withSiteUrl(String url) {
        return new Config(source, contentDir, snippetsDir, templatesDir, assetsDir, workDir, siteDir, siteTitle, url,
                repositoryUrl, jobs, defaultTimeout, extraJdks);
    }

    public Config withRepositoryUrl(String url) {
        return new Config(source, contentDir, snippetsDir, templatesDir, assetsDir, workDir, siteDir, siteTitle,
                siteUrl, url, jobs, defaultTimeout, extraJdks);
    }

    public Config withJobs(int n) {
        return new Config(source, contentDir, snippetsDir, templatesDir, assetsDir, workDir, siteDir, siteTitle,
                siteUrl, repositoryUrl, n, defaultTimeout, extraJdks);
    }

    /** The results file the verifier writes and the site builder reads. */
    public Path resultsFile() {
        return workDir.resolve("results.json");
    }
}
