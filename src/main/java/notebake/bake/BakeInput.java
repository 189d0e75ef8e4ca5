package notebake.bake;

import notebake.render.RenderedNote;

import java.nio.file.Path;
import java.util.List;

/**
 * What one bake needs.
 *
 * @param plan         the pages to write
 * @param notes        the rendered notes (JBake crawls their files and gets these instead of re-parsing)
 * @param sourceDir    the source folder
 * @param contentDir   the notes folder JBake crawls
 * @param templatesDir Freemarker templates (built-in ones overlaid with the user's)
 * @param workDir      scratch space under target/
 * @param outputDir    where pages are written (an empty temporary folder)
 * @param customTemplates whether the source folder's templates differ from the built-ins (they might query
 *                        JBake's store, so pages then render one at a time)
 * @param keepPages    whether to keep the pages' models and outputs for re-rendering edited notes later
 *                     ({@link BakeResult#pages()}, live preview)
 */
public record BakeInput(SitePlan plan, List<RenderedNote> notes, Path sourceDir, Path contentDir, Path templatesDir,
                        Path workDir, Path outputDir, boolean customTemplates, boolean keepPages) {
}
