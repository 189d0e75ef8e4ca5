package notebake.cli;

import notebake.BuildOptions;
import notebake.BuildReport;
import notebake.Notebake;
import notebake.config.Config;
import notebake.internal.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code notebake build [--source DIR | SOURCE] [--snippets DIR]}: bakes the site from the verifier's results into target/site. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the static site from content/ and the verifier's results into target/site.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    SourceFolderOptions folders = new SourceFolderOptions();

    @Option(names = "--allow-failures", description = "Render failed or unverified snippets visibly as failed "
            + "instead of failing the build (for drafts).")
    boolean allowFailures;

    @Option(names = "--site-url", description = "Absolute public URL of the site (overrides site.url).")
    String siteUrl;

    @Option(names = "--repository-url", description = "Web address of the source tree, e.g. "
            + "https://github.com/o/r/blob/main/ (overrides site.repository): adds 'view in repository' links.")
    String repositoryUrl;

    @Option(names = "--results", description = "Results file to read (default: target/notebake/results.json).")
    Path results;

    private final PrintWriter out;
    private final PrintWriter err;

    BuildCommand(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Turns the options into a Config (tested directly). */
    Config toConfig() {
        Config c = folders.config();
        if (siteUrl != null && !siteUrl.isBlank()) {
            c = c.withSiteUrl(siteUrl);
        }
        if (repositoryUrl != null && !repositoryUrl.isBlank()) {
            c = c.withRepositoryUrl(repositoryUrl);
        }
        return c;
    }

    @Override
    public Integer call() {
        Config config = toConfig();
        BuildReport report;
        try (BuildInterruptHook ignored = BuildInterruptHook.install(err)) {
            report = results == null
                    ? Notebake.build(config, new BuildOptions(allowFailures))
                    : Notebake.build(config, new BuildOptions(allowFailures),
                    notebake.verify.ResultsFile.read(results));
        }
        for (Problem w : report.warnings()) {
            err.println("warning: " + w.located());
        }
        out.printf("Built %d pages (%d %s) into %s in %d ms (render %d ms, bake %d ms, post-pass %d ms); "
                        + "%d links checked%s%n", report.pages(), report.notes(), report.notes() == 1 ? "note" : "notes",
                report.site(), report.totalMillis(),
                report.renderMillis(), report.bakeMillis(), report.postMillis(), report.linksChecked(),
                report.customTemplates() ? "; custom templates, so pages were rendered one at a time" : "");
        out.flush();
        err.flush();
        return ExitCode.OK.code();
    }
}
