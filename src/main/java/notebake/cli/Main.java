package notebake.cli;

import notebake.Notebake;
import notebake.config.ConfigLoader;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.ResultsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code notebake} command line: turns arguments into a Config, calls {@link Notebake}, maps to an exit code. */
@Command(name = "notebake", mixinStandardHelpOptions = true,
        description = "A Java knowledge base whose code never lies.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }


    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        Notebake.shutdown();
        System.exit(code);
    }

    /** Runs without exiting the JVM (for tests and exec:java). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new CommandLine(new BuildCommand(out, err)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            ex.getCommandLine().usage(err);
            return ExitCode.USAGE.code();
        });
        int code = cli.execute(args);
        err.flush();
        out.flush();
        return code;
    }

    private static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof ProblemException p) {
            for (Problem problem : p.problems().stream().sorted(Problem.ORDER).toList()) {
                err.println("error: " + problem.located());
            }
            err.println(p.problems().size() + " problem(s); nothing was published, the previous site is intact.");
            return ExitCode.PROBLEMS.code();
        }
        if (ex instanceof ConfigLoader.ConfigException || ex instanceof ResultsFile.ResultsFileException) {
            err.println("error: " + ex.getMessage());
            return ExitCode.CONFIG.code();
        }
        err.println("internal error (please report): " + ex);
        ex.printStackTrace(err);
        return ExitCode.INTERNAL.code();
    }
}
