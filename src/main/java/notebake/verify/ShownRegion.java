package notebake.verify;

/**
 * A named region of a snippet, as a page may show it: markers removed, common indentation stripped.
 *
 * @param name      the region name from {@code // @start region=name}
 * @param code      the text to show
 * @param startLine 1-based line, in the original file, of the first shown line
 */
public record ShownRegion(String name, String code, int startLine) {
}
