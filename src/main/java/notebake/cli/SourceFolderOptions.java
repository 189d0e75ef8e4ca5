package notebake.cli;

import notebake.config.Config;
import notebake.config.ConfigLoader;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The source and snippets folders of {@code build} and {@code serve}, spelled as {@code verify} spells them
 * ({@code --source DIR}, {@code --snippets DIR}); the source folder may also be given as the one positional
 * argument. Checks that the folders exist before anything reads them.
 */
final class SourceFolderOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "Source folder, the same as --source (default: current folder).")
    Path positional;

    @Option(names = "--source", paramLabel = "DIR",
            description = "Source folder (holds notebake.properties, content/ and snippets/). Default: current "
                    + "folder.")
    Path source;

    @Option(names = "--snippets", paramLabel = "DIR",
            description = "Snippets folder, instead of <source>/snippets (the one verify was given).")
    Path snippets;

    /** The source folder, absolute; a usage error when given twice differently, an input error when missing. */
    Path sourceDir() {
        if (positional != null && source != null
                && !positional.toAbsolutePath().normalize().equals(source.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the source folder is given twice ("
                    + positional + " and --source " + source + "); give it once");
        }
        Path given = source != null ? source : positional != null ? positional : Path.of(".");
        Path dir = given.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new Main.InputException("source folder " + dir + whyNotAFolder(dir) + "; pass an existing folder "
                    + "(as --source DIR or the first argument)");
        }
        return dir;
    }

    /** The configuration of the source folder, with {@code --snippets} applied. */
    Config config() {
        return withSnippets(ConfigLoader.load(sourceDir()), snippets);
    }

    /** The configuration with {@code --snippets} applied (null: as it is); an input error when it is no folder. */
    static Config withSnippets(Config config, Path snippets) {
        if (snippets == null) {
            return config;
        }
        Path dir = snippets.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new Main.InputException("snippets folder " + dir + whyNotAFolder(dir)
                    + "; pass an existing folder to --snippets");
        }
        return config.withSnippetsDir(dir);
    }

    /** Why a path given as a folder is not one: " does not exist" or " is a file, not a folder". */
    static String whyNotAFolder(Path path) {
        return Files.exists(path) ? " is a file, not a folder" : " does not exist";
    }
}
