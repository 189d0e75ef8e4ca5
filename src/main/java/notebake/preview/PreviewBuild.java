package notebake.preview;

import notebake.BuildOptions;
import notebake.BuildReport;
import notebake.Notebake;
import notebake.config.Config;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.VerificationReport;
import notebake.verify.Verifier;
import notebake.verify.VerifyOptions;

import java.util.List;

/**
 * The preview's build: verify, then bake. Snippets are verified again only when a snippet (or the configuration)
 * changed, and then the verifier's cache re-runs just the changed ones; a note or template change re-bakes from
 * the results already in hand. Failed snippets are shown as failed on the page (a draft build) unless strict.
 */
public final class PreviewBuild implements SiteRebuild {

    private final Config config;
    private final BuildOptions options;
    private VerificationReport results;

    public PreviewBuild(Config config, boolean allowFailures) {
        this.config = config;
        this.options = new BuildOptions(allowFailures);
    }

    @Override
    public BuildOutcome build(ChangeSet changes) {
        boolean verify = results == null || changes == null || changes.has(ChangeSet.Kind.SNIPPET)
                || changes.has(ChangeSet.Kind.CONFIG);
        long start = System.nanoTime();
        String verified = "";
        if (verify) {
            results = Verifier.verify(config, VerifyOptions.defaults());
            verified = String.format("verified in %d ms: %d ok, %d failed, %d skipped; ",
                    (System.nanoTime() - start) / 1_000_000, results.verified(), results.failed(), results.skipped());
        }
        try {
            BuildReport report = Notebake.build(config, options, results);
            return BuildOutcome.success(String.format("%s%d pages in %d ms: render %d, bake %d, post-pass %d",
                    verified, report.pages(), report.totalMillis(), report.renderMillis(), report.bakeMillis(),
                    report.postMillis()));
        } catch (ProblemException e) {
            List<String> problems = e.problems().stream().sorted(Problem.ORDER).map(Problem::located).toList();
            return BuildOutcome.failure(problems);
        }
    }
}
