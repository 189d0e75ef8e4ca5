package notebake.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops a stage because its input has problems. Carries every problem found, so they are reported together.
 * Has no stack trace: the problems are the message.
 */
public final class ProblemException extends RuntimeException {

    private final transient List<Problem> problems;

    public ProblemException(List<Problem> problems) {
        super(problems.stream().sorted(Problem.ORDER).map(Problem::located).collect(Collectors.joining("\n")),
                null, false, false);
        this.problems = problems.stream().sorted(Problem.ORDER).toList();
    }

    public ProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
