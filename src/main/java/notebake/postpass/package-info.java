/**
 * Stage 5: a baked site folder is rewritten in place by one Jsoup pass per page (heading anchors, table of
 * contents), then every internal link and anchor is checked and sitemap.xml is written.
 */
package notebake.postpass;
