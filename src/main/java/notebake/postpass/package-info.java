/**
 * Stage 5: a baked site folder is rewritten in place by one Jsoup pass per page (heading anchors, table of
 * contents), then every internal link and anchor is checked, sitemap.xml is written, and the note pages become the
 * static search index (search-index.json, and search-index.js for pages opened from disk).
 */
package notebake.postpass;
