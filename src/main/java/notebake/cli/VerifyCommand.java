package notebake.cli;

import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.report.ConsoleSummary;
import notebake.report.JUnitXmlReport;
import notebake.verify.VerificationReport;
import notebake.verify.Verifier;
import notebake.verify.VerifyOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code notebake verify}: compile and run every snippet, compare with golden files, report. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Compile and run every Java snippet, each in its own JVM, and check its real output "
                + "against the golden files beside it (Name.out, Name.err).",
                "Writes target/notebake/results.json, JUnit XML and a summary; unchanged snippets come from the "
                        + "cache."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every snippet verified",
                "1:a snippet failed, or was skipped under --strict",
                "2:invalid command line",
                "3:bad configuration or input folder",
                "4:internal error"})
public final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Source folder (holds notebake.properties and snippets/). Default: current folder.")
    Path source;

    @Option(names = "--snippets", paramLabel = "DIR",
            description = "Snippets folder, instead of <source>/snippets (e.g. the src/ tree of a tutorial).")
    Path snippets;

    @Option(names = "--update", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "BOOL",
            description = "Accept the real output: write Name.out / Name.err golden files instead of failing.")
    boolean update;

    @Option(names = "--only", paramLabel = "GLOB",
            description = "Verify only snippets whose path (relative to the snippets folder) or file name matches, "
                    + "e.g. 'functions/**' or 'Lazy*.java'.")
    String only;

    @Option(names = "--jobs", paramLabel = "N", description = "Snippets run in parallel. Default: verify.jobs, "
            + "else twice the number of processors.")
    Integer jobs;

    @Option(names = "--strict", arity = "0..1", fallbackValue = "true", defaultValue = "false", paramLabel = "BOOL",
            description = "Count skipped snippets (e.g. no JDK new enough) as failures. CI uses this.")
    boolean strict;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run each snippet N times and fail any whose (masked) output differs between runs (flaky).")
    int repeat;

    @Option(names = "--no-cache", description = "Verify every snippet again, ignoring cached results.")
    boolean noCache;

    @Option(names = "--no-jdk-discovery", description = "Use only the running JDK and verify.jdks, not the JDKs "
            + "found in JAVA_HOME, JAVA_HOME_<N>_X64/_ARM64, /usr/lib/jvm and ~/.sdkman.")
    boolean noJdkDiscovery;

    @Option(names = "--explain", description = "Print why each snippet is verified again instead of coming from "
            + "the cache, and how long compiling took.")
    boolean explain;

    @Option(names = "--junit", paramLabel = "DIR", description = "Folder for the JUnit XML report. Default: "
            + "<source>/target/notebake/junit.")
    Path junitDir;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        }
        if (jobs != null && jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (only != null) {
            try {
                java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + only);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--only " + only
                        + " is not a valid glob: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Config config = toConfig();
        missingSnippetsWarning(config).ifPresent(w -> {
            err.println(w);
            err.flush();
        });
        VerifyOptions options = toOptions(line -> {
            if (explain) {
                err.println(line);
                err.flush();
            }
        });
        java.util.Map<Path, String> goldenBefore = update ? GoldenSnapshot.take(config.snippetsDir()) : null;
        VerificationReport report = Verifier.verify(config, options);
        String shownDir = prefix(config.snippetsDir());
        if (update) {
            // say which golden files --update wrote, so they can be reviewed (and committed) knowingly
            GoldenSnapshot.changes(shownDir, goldenBefore, GoldenSnapshot.take(config.snippetsDir()))
                    .forEach(line -> out.println(line));
        }
        Path junit = JUnitXmlReport.write(report, junitDir != null ? junitDir : config.workDir().resolve("junit"));
        out.print(ConsoleSummary.render(report, shownDir, strict));
        if (explain) {
            err.println("results: " + config.resultsFile() + "; JUnit XML: " + junit);
        }
        out.flush();
        if (only != null && report.snippets().isEmpty() && Files.isDirectory(config.snippetsDir())) {
            // a mistyped --only would otherwise pass CI having verified nothing
            err.println("error: no snippet matches --only " + only + "; it is matched against each snippet's path "
                    + "relative to " + config.snippetsDir().toAbsolutePath().normalize() + " (e.g. 'functions/**') "
                    + "and against its file name (e.g. 'Lazy*.java')");
            err.flush();
            return ExitCode.USAGE_ERROR.code();
        }
        return Verifier.passed(report, options) ? ExitCode.OK.code() : ExitCode.SNIPPETS_FAILED.code();
    }

    /** The configuration these options describe (loaded from the source folder, then overridden). */
    Config toConfig() {
        if (!Files.isDirectory(source)) {
            throw new Main.InputException("source folder " + source.toAbsolutePath().normalize()
                    + SourceFolderOptions.whyNotAFolder(source) + "; pass an existing folder to --source");
        }
        Config config = SourceFolderOptions.withSnippets(ConfigLoader.load(source), snippets);
        if (jobs != null) {
            config = config.withJobs(jobs);
        }
        return config;
    }

    /**
     * A site may have no snippets, so a missing snippets folder is not an error; but verifying nothing
     * silently hides a wrong {@code --source} or {@code snippets.dir}: one line naming the folder looked for.
     * ({@code --snippets} itself must name an existing folder.)
     */
    static java.util.Optional<String> missingSnippetsWarning(Config config) {
        Path dir = config.snippetsDir().toAbsolutePath().normalize();
        if (Files.isDirectory(dir)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("warning: no snippets folder " + dir + ", so there is nothing to verify; "
                + "pass --snippets DIR or set snippets.dir in notebake.properties if the snippets are elsewhere");
    }

    VerifyOptions toOptions(java.util.function.Consumer<String> log) {
        return VerifyOptions.defaults().withUpdate(update).withOnly(only).withStrict(strict).withRepeat(repeat)
                .withCache(!noCache).withDiscoverJdks(!noJdkDiscovery).withLog(log);
    }

    private static String prefix(Path snippetsDir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path dir = snippetsDir.toAbsolutePath().normalize();
        String p = dir.startsWith(cwd) ? cwd.relativize(dir).toString() : dir.toString();
        return p.isEmpty() ? "" : p.replace('\\', '/') + "/";
    }
}
