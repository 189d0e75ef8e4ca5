package notebake.render;

/**
 * One place a note shows a snippet: what it shows, under which heading, and the id of the block on the page (so
 * the snippet's source page can link back to it).
 *
 * @param path    the snippet's path relative to the snippets folder
 * @param region  the region shown, or null for the whole file
 * @param heading text of the nearest heading above the block (level 2 or deeper), or null when there is none
 * @param anchor  the id of the snippet block on the note's page, e.g. {@code snippet-2}
 */
public record SnippetUse(String path, String region, String heading, String anchor) {
}
