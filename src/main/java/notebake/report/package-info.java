/**
 * Stage 2c: a {@link notebake.verify.VerificationReport} becomes a human summary ({@link
 * notebake.report.ConsoleSummary}) and JUnit XML for CI ({@link notebake.report.JUnitXmlReport}).
 */
package notebake.report;
