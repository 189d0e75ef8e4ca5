package notebake.cli;

import notebake.config.Config;
import notebake.preview.PreviewBuild;
import notebake.preview.PreviewSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** {@code notebake serve [--source DIR | SOURCE] [--snippets DIR]}: live preview on localhost. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Build the site, serve it on http://127.0.0.1:PORT/ (this machine only), and on every change "
                + "to content/, templates/, assets/ or snippets/ rebuild what changed and reload the open pages.",
                "Failed snippets are shown as failed on the page (as with build --allow-failures); other build "
                        + "problems appear over the page until they are fixed. Stop with Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SourceFolderOptions folders = new SourceFolderOptions();

    @Option(names = "--port", defaultValue = "4000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; "
            + "0 picks a free one).")
    int port;

    @Option(names = "--strict", description = "Treat a failed snippet as a build error, as `build` does.")
    boolean strict;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
        }
        Config config = folders.config();
        PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PreviewSession first;
        // Ctrl+C during the first build stops it cleanly; afterwards Ctrl+C just ends the preview
        try (BuildInterruptHook ignored = BuildInterruptHook.install(spec.commandLine().getErr())) {
            first = new PreviewSession(config, new PreviewBuild(config, !strict), port, log);
        } catch (BindException e) {
            throw new Main.InputException("port " + port + " on 127.0.0.1 is in use (" + e.getMessage()
                    + "); choose another with --port, or --port=0 for any free port");
        }
        try (PreviewSession session = first) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    session.close();
                } catch (Exception ignored) {
                    // the JVM is exiting anyway
                }
            }));
            session.run();
        }
        return ExitCode.OK.code();
    }
}
