package notebake.postpass;

/**
 * An internal link found on a page, to be checked once every page is known.
 *
 * @param page    the page's path in the site
 * @param href    the link on the page (a note's {@code x.md} already rewritten to {@code x.html})
 * @param line    the note's source line of the link (0 when it did not come from a note's Markdown)
 * @param written the link as the note's author wrote it (e.g. {@code x.md}), for messages; {@code href} when
 *                unknown
 */
record PageLink(String page, String href, int line, String written) {

    PageLink {
        written = written == null || written.isEmpty() ? href : written;
    }

    PageLink(String page, String href, int line) {
        this(page, href, line, null);
    }
}
