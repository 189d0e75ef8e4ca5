/**
 * Stage 3: a note's Markdown with YAML front matter, plus the verifier's results, becomes a
 * {@link notebake.render.RenderedNote} (validated front matter and HTML with verified snippet blocks).
 * The only package that imports Flexmark.
 */
package notebake.render;
