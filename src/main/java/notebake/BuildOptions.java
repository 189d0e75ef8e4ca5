package notebake;

/**
 * How to build.
 *
 * @param allowFailures render failed or skipped snippets visibly as failed instead of failing the build (drafts)
 */
public record BuildOptions(boolean allowFailures) {

    public static BuildOptions strict() {
        return new BuildOptions(false);
    }
}
