/** The command line: arguments become a Config, {@link notebake.Notebake} does the work, the outcome an exit code. The only package that imports picocli. */
package notebake.cli;
