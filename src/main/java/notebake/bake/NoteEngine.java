package notebake.bake;

import notebake.render.RenderedNote;
import org.apache.commons.configuration2.Configuration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.ParserEngine;

import java.io.File;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * JBake's markup engine for notes: instead of parsing the file again it hands JBake the note the render stage
 * already produced (front matter as fields, HTML as body). Files it does not know (e.g. sections.yml) are skipped.
 * Holds one bake's notes; registered for the duration of that bake.
 */
final class NoteEngine implements ParserEngine {

    private final Map<String, RenderedNote> notesByPath;

    NoteEngine(Map<String, RenderedNote> notesByPath) {
        this.notesByPath = notesByPath;
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        RenderedNote note = notesByPath.get(file.toPath().toAbsolutePath().normalize().toString());
        if (note == null || note.frontMatter() == null) {
            return null;
        }
        DocumentModel doc = new DocumentModel();
        doc.setType(JBakeAdapter.NOTE_TYPE);
        doc.setStatus("published");
        doc.setTitle(note.frontMatter().title());
        doc.setDate(Date.from(note.frontMatter().date().atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        doc.setTags(note.frontMatter().tags().toArray(new String[0]));
        doc.setBody(note.html());
        doc.put("section", note.frontMatter().section());
        doc.put("order", note.frontMatter().order());
        doc.put("summary", note.frontMatter().summary());
        doc.put("covers", List.copyOf(note.frontMatter().covers()));
        doc.put("aliases", List.copyOf(note.frontMatter().aliases()));
        doc.put("source_path", "content/" + note.relativePath());
        return doc;
    }

    @Override
    @Deprecated
    public Map<String, Object> parse(Configuration config, File file, String contentPath) {
        throw new UnsupportedOperationException("JBake 2.7 calls parse(JBakeConfiguration, File)");
    }
}
