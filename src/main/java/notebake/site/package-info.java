/**
 * Stage 6: a staging folder becomes target/site by an atomic swap ({@link notebake.site.SiteSwap}); also the
 * built-in templates and assets (Prism from its WebJar) that every site gets ({@link notebake.site.BuiltIns}).
 */
package notebake.site;
