/**
 * Stage 2: compiles and runs snippets and records their real outcome ({@link notebake.verify.SnippetResult},
 * collected in a {@link notebake.verify.VerificationReport}).
 */
package notebake.verify;
