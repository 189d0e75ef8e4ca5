package notebake.postpass;

/**
 * An internal link found on a page, to be checked once every page is known.
 *
 * @param page the page's path in the site
 * @param href the link as written
 * @param line the note's source line of the link (0 when it did not come from a note's Markdown)
 */
record PageLink(String page, String href, int line) {
}
