package notebake;

import notebake.internal.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * What a successful build produced.
 *
 * @param site         the site folder
 * @param notes        note pages
 * @param pages        all HTML pages
 * @param linksChecked internal and external links seen by the link check
 * @param warnings     problems that do not fail the build (unreferenced snippets, topic coverage)
 * @param renderMillis Markdown + snippet blocks
 * @param bakeMillis   JBake (store, crawl, templates)
 * @param storeMillis  the part of the bake spent starting JBake's in-memory store
 * @param crawlMillis  the part of the bake spent crawling notes into the store
 * @param templateMillis the part of the bake spent rendering pages through the templates
 * @param postMillis   Jsoup post-pass and link check
 * @param totalMillis  the whole build
 * @param customTemplates whether the source folder's templates differ from the built-ins (pages were then
 *                        rendered one at a time; a copy of the built-ins does not count)
 */
public record BuildReport(Path site, int notes, int pages, int linksChecked, List<Problem> warnings,
                          long renderMillis, long bakeMillis, long storeMillis, long crawlMillis, long templateMillis,
                          long postMillis, long totalMillis, boolean customTemplates) {

    public BuildReport {
        warnings = List.copyOf(warnings);
    }
}
