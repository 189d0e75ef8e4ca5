/**
 * Stage 4: the rendered notes and the {@link notebake.bake.SitePlan} become HTML pages in a staging folder,
 * through JBake 2.7.0 embedded as a library ({@link notebake.bake.JBakeAdapter} and the small JBake subclasses
 * beside it). No other package imports org.jbake.
 */
package notebake.bake;
