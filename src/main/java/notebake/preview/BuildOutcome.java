package notebake.preview;

import java.util.List;

/**
 * What one preview build did.
 *
 * @param ok       true when the site folder now holds the new build
 * @param summary  one line for the console, e.g. "3 pages, 1 snippet re-verified"
 * @param problems the build's problems, {@code file:line: message}, when it failed (the old site stays served)
 */
public record BuildOutcome(boolean ok, String summary, List<String> problems) {

    public BuildOutcome {
        problems = List.copyOf(problems);
    }

    public static BuildOutcome success(String summary) {
        return new BuildOutcome(true, summary, List.of());
    }

    public static BuildOutcome failure(List<String> problems) {
        return new BuildOutcome(false, problems.size() + (problems.size() == 1 ? " problem" : " problems"), problems);
    }
}
