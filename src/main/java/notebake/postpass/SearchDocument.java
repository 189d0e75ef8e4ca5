package notebake.postpass;

import java.util.List;

/**
 * One searchable unit: a note's introduction (the text before its first {@code h2}) or one of its
 * {@code h2}/{@code h3} sections. The client-side search library indexes these fields.
 *
 * @param id      position in the index, stable for a given site
 * @param url     the page, relative to the site root, with {@code #anchor} for a section
 * @param title   the note's title
 * @param area    the site section the note belongs to (e.g. "Threads and synchronization"), may be empty
 * @param heading the section heading, empty for the introduction
 * @param text    the prose of this part, whitespace collapsed, code and program output left out
 * @param code    distinct identifiers from the code blocks of this part, space separated
 * @param aliases the note's original (Chinese) headings; only on the introduction, so a page is found once
 * @param tags    the note's tags; only on the introduction
 */
public record SearchDocument(int id, String url, String title, String area, String heading, String text,
                             String code, List<String> aliases, List<String> tags) {

    public SearchDocument {
        aliases = List.copyOf(aliases);
        tags = List.copyOf(tags);
    }
}
