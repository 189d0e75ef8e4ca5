/**
 * Stage 1: a snippets folder becomes {@link notebake.snippet.Snippet} records (options header, regions, kind)
 * grouped into {@link notebake.snippet.CompilationGroup}s by source root.
 */
package notebake.snippet;
