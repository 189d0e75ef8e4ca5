package notebake.preview;

import notebake.BuildOptions;
import notebake.BuildReport;
import notebake.Notebake;
import notebake.WarmSite;
import notebake.config.Config;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.VerificationReport;
import notebake.verify.Verifier;
import notebake.verify.VerifyOptions;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The preview's build. An edit of existing notes is applied page by page to the site being served
 * ({@link WarmSite}): for the common case, the body of a note, only that note is rendered, templated, post-passed
 * and link-checked, and written in place with the search index; an edit that shows on other pages (title, order,
 * tags...) renders the pages that may change and writes those that did. A snippet edit is verified (the
 * verifier's cache re-runs only the changed snippets), then the notes using a snippet whose result changed and
 * its source page are updated the same way. Anything else (a new, deleted or renamed note or snippet, pages added
 * or removed, sections.yml, templates, configuration) builds everything: verify, then bake. Snippets are verified again only when a snippet (or the configuration)
 * changed, and then the verifier's cache re-runs just the changed ones; a note or template change re-bakes from
 * the results already in hand. Failed snippets are shown as failed on the page (a draft build) unless strict.
 *
 * <p>Changes are remembered until a build succeeds: after a failed build, the next one also covers the files
 * changed before it.
 */
public final class PreviewBuild implements SiteRebuild {

    private final Config config;
    private final BuildOptions options;
    private VerificationReport results;
    private WarmSite warm;
    private final Map<ChangeSet.Kind, Set<Path>> pending = new EnumMap<>(ChangeSet.Kind.class);

    public PreviewBuild(Config config, boolean allowFailures) {
        this.config = config;
        this.options = new BuildOptions(allowFailures);
    }

    @Override
    public BuildOutcome build(ChangeSet changes) {
        boolean everything = changes == null;
        if (changes != null) {
            changes.files().forEach((kind, files) -> pending.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(files));
        }
        String fallback = "";
        String verified = "";
        boolean verify = results == null || everything || pending.containsKey(ChangeSet.Kind.SNIPPET)
                || pending.containsKey(ChangeSet.Kind.CONFIG);
        if (!everything && warm != null && !pending.isEmpty()
                && Set.of(ChangeSet.Kind.CONTENT, ChangeSet.Kind.SNIPPET).containsAll(pending.keySet())) {
            if (verify) {
                verified = verify();
                verify = false;
            }
            try {
                WarmSite.Update update = warm.apply(pending.getOrDefault(ChangeSet.Kind.CONTENT, Set.of()), results);
                if (update.applied()) {
                    pending.clear();
                    return BuildOutcome.success(String.format("%s%d page%s updated in place%s in %d ms: render %d, "
                                    + "template %d, post-pass and %d links %d, write %d", verified,
                            update.pages().size(), update.pages().size() == 1 ? "" : "s",
                            update.replanned().isEmpty() ? "" : " (" + update.replanned() + ")",
                            update.totalMillis(), update.renderMillis(), update.templateMillis(),
                            update.linksChecked(), update.postMillis(), update.writeMillis()));
                }
                fallback = "full build (" + update.reason() + "): ";
            } catch (ProblemException e) {
                return failure(e); // nothing written; the state still matches the site being served
            } catch (RuntimeException e) {
                warm = null; // the site may be partly updated: build everything
                fallback = "full build (the page-by-page update failed: " + e + "): ";
            }
        }
        if (verify) {
            verified = verify();
        }
        try {
            warm = null; // a full build clears the templates the warm state reads; it is replaced on success
            warm = Notebake.buildWarm(config, options, results);
            pending.clear();
            BuildReport report = warm.report();
            return BuildOutcome.success(String.format("%s%s%d pages in %d ms: render %d, bake %d, post-pass %d",
                    fallback, verified, report.pages(), report.totalMillis(), report.renderMillis(),
                    report.bakeMillis(), report.postMillis()));
        } catch (ProblemException e) {
            return failure(e);
        }
    }

    /** Verifies the snippets (the verifier's cache re-runs only changed ones); returns a line for the summary. */
    private String verify() {
        long start = System.nanoTime();
        results = Verifier.verify(config, VerifyOptions.defaults());
        return String.format("verified in %d ms: %d ok, %d failed, %d skipped; ",
                (System.nanoTime() - start) / 1_000_000, results.verified(), results.failed(), results.skipped());
    }

    private static BuildOutcome failure(ProblemException e) {
        List<String> problems = e.problems().stream().sorted(Problem.ORDER).map(Problem::located).toList();
        return BuildOutcome.failure(problems);
    }
}
