package notebake.snippet;

/**
 * A named region of a snippet as a page may show it: markers removed, common indentation stripped.
 *
 * @param name      the name from {@code // @start region=name}
 * @param code      the text to show
 * @param startLine 1-based line, in the original file, of the first shown line
 */
public record Region(String name, String code, int startLine) {
}
