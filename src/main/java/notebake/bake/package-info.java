/**
 * Stage 4: the rendered notes and the {@link notebake.bake.SitePlan} become HTML pages in a folder, through JBake
 * 2.7.0 embedded as a library. {@link notebake.bake.JBakeAdapter} is the only class that touches JBake's
 * types... together with the small JBake subclasses beside it; no other package imports org.jbake.
 */
package notebake.bake;
