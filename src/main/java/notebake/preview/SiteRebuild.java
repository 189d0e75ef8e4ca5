package notebake.preview;

/**
 * The build the preview runs: everything at start, then whatever a batch of changes requires (the site builder
 * decides what that is; the verifier's cache makes re-verification cost only the changed snippets).
 */
@FunctionalInterface
public interface SiteRebuild {

    /**
     * @param changes what changed since the last build, or null for a full build
     * @return the outcome; build problems are reported there, not thrown
     */
    BuildOutcome build(ChangeSet changes) throws Exception;
}
