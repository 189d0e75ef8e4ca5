/**
 * The command line ({@code notebake verify|build|serve}): parses options into a {@link notebake.config.Config}
 * and {@link notebake.verify.VerifyOptions}, calls the library ({@link notebake.Notebake}), maps the outcome to an
 * {@link notebake.cli.ExitCode}. The only package that imports picocli.
 */
package notebake.cli;
