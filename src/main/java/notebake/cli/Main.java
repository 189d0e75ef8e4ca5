package notebake.cli;

import notebake.Notebake;
import notebake.config.ConfigLoader;
import notebake.internal.BuildInterruption;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.verify.ResultsFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Arrays;

/**
 * {@code notebake}: the root command; each subcommand is a class of this package.
 */
@Command(name = "notebake", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A Java knowledge base whose code never lies: verify snippets, bake the site.",
        subcommands = VerifyCommand.class, // then build, serve and help, in commandLine(), in pipeline order
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:a snippet failed, or was skipped under --strict",
                "2:invalid command line",
                "3:bad configuration or input folder",
                "4:internal error",
                "5:the site has problems (notes, snippet references, links); nothing was published",
                "130:interrupted (Ctrl+C); nothing was published, the previous site is intact"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = mainWithoutExit(args);
        if (BuildInterruption.requested()) {
            // Ctrl+C: the JVM is already stopping (OrientDB's own shutdown hook closes its engine)
            System.exit(ExitCode.INTERRUPTED.code());
        }
        if (args.length == 0 || !args[0].equals("verify")) {
            try {
                Notebake.shutdown(); // stops JBake's database threads (verify never starts them)
            } catch (RuntimeException e) {
                if (!BuildInterruption.requested()) {
                    throw e;
                }
            }
        }
        System.exit(BuildInterruption.requested() ? ExitCode.INTERRUPTED.code() : code);
    }

    /** Runs a command line and returns the exit code instead of exiting (for tests and embedding). */
    public static int mainWithoutExit(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** Runs a command line printing to the given writers, and returns the exit code (tests, exec:java). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The configured command line, printing to the given writers. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("build", new CommandLine(new BuildCommand(out, err)));
        cl.addSubcommand("serve", ServeCommand.class);
        cl.addSubcommand("help", CommandLine.HelpCommand.class);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof ConfigLoader.ConfigException
                ? ExitCode.INPUT_ERROR.code() : ExitCode.INTERNAL_ERROR.code());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof BuildInterruption.Interrupted || BuildInterruption.requested()) {
                // Ctrl+C: one line (printed once), no stack trace of whatever the stopping JVM broke
                BuildInterruptHook.announce(cmd.getErr());
                return ExitCode.INTERRUPTED.code();
            }
            if (e instanceof ProblemException p) {
                for (Problem problem : p.problems().stream().sorted(Problem.ORDER).toList()) {
                    // a failed snippet's reason quotes its output: no terminal escape sequences
                    cmd.getErr().println("error: " + notebake.report.ConsoleSummary.visible(problem.located()));
                }
                int n = p.problems().size();
                cmd.getErr().println(n + (n == 1 ? " problem" : " problems")
                        + "; nothing was published, the previous site is intact.");
                return ExitCode.BUILD_PROBLEMS.code();
            }
            if (e instanceof ConfigLoader.ConfigException || e instanceof InputException
                    || e instanceof ResultsFile.ResultsFileException) {
                cmd.getErr().println("error: " + e.getMessage());
                return ExitCode.INPUT_ERROR.code();
            }
            String io = FileProblem.describe(e);
            if (io != null) {
                cmd.getErr().println("error: " + io);
                return ExitCode.INPUT_ERROR.code();
            }
            cmd.getErr().println("internal error: " + e);
            for (StackTraceElement el : Arrays.stream(e.getStackTrace()).limit(8).toList()) {
                cmd.getErr().println("    at " + el);
            }
            return ExitCode.INTERNAL_ERROR.code();
        });
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("error: " + e.getMessage());
            cmd.getErr().println("Run `" + cmd.getCommandSpec().qualifiedName() + " --help` for usage.");
            return ExitCode.USAGE_ERROR.code();
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** An input the user must fix; mapped to {@link ExitCode#INPUT_ERROR}. */
    public static final class InputException extends RuntimeException {
        public InputException(String message) {
            super(message);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[]{"notebake " + (v == null ? "(development build)" : v) + ", Java "
                    + Runtime.version()};
        }
    }
}
