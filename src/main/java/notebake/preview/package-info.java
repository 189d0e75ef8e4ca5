/**
 * Live preview for authors: watches a source folder (content, templates, assets, snippets), rebuilds what changed
 * into the site folder, serves that folder on the loopback interface and tells open pages to reload.
 */
package notebake.preview;
