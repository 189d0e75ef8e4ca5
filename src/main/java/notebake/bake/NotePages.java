package notebake.bake;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.render.RenderedNote;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The note pages of the last bake, kept warm for the live preview: JBake's template engine (its Freemarker
 * configuration and template cache) and each note page's model exactly as the bake rendered it (the store's fields
 * plus section, neighbours, tags and sidebar). A note whose body or aliases changed is rendered again from that
 * model with only those two fields replaced, to the same HTML the bake would write. Only for the built-in
 * templates, which read nothing but the page's own model (never JBake's store, which is closed after the bake).
 * Rendering is thread-safe; {@link #update} is not.
 */
public final class NotePages {

    private final DelegatingTemplateEngine engine;
    private final JBakeConfiguration config;
    private final Map<String, DocumentModel> byUri;

    NotePages(DelegatingTemplateEngine engine, JBakeConfiguration config, Map<String, DocumentModel> byUri) {
        this.engine = engine;
        this.config = config;
        this.byUri = new ConcurrentHashMap<>(byUri);
    }

    /** Whether the last bake wrote a note page at this uri. */
    public boolean has(String uri) {
        return byUri.containsKey(uri);
    }

    /**
     * The page of a note whose body or aliases changed (nothing else: callers rebuild everything for any other
     * change), as the bake would write it before the post-pass.
     *
     * @throws ProblemException when the template fails
     */
    public String render(RenderedNote note) {
        DocumentModel doc = withContentOf(note);
        TemplateModel model = new TemplateModel();
        model.setContent(doc);
        model.setRenderer(engine);
        StringWriter out = new StringWriter(doc.getBody().length() + 16_384);
        try {
            engine.renderDocument(model, config.getTemplateByDocType(JBakeAdapter.NOTE_TYPE), out);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ProblemException(new Problem("templates", 0,
                    note.uri() + ": template failed: " + cause.getMessage()));
        }
        return out.toString();
    }

    /** Keeps the note's new body and aliases for later renders (after its page was published). */
    public void update(RenderedNote note) {
        byUri.put(note.uri(), withContentOf(note));
    }

    private DocumentModel withContentOf(RenderedNote note) {
        DocumentModel old = byUri.get(note.uri());
        if (old == null) {
            throw new IllegalArgumentException("no note page " + note.uri() + " in the last bake");
        }
        DocumentModel doc = new DocumentModel();
        doc.putAll(old);
        doc.setBody(note.html());
        doc.put("aliases", List.copyOf(note.frontMatter().aliases()));
        return doc;
    }
}
