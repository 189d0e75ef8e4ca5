package notebake.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's in-memory content store, except that it reports nothing as "unrendered": JBake's stock
 * DocumentsRenderer (which re-queries every document for every page, O(n²)) then has nothing to do, and
 * {@link PlanRenderingTool} renders the pages in one linear pass instead.
 */
final class NoteStore extends ContentStore {

    NoteStore(String name) {
        super("memory", name);
    }

    private long startupMillis;

    @Override
    public void startup() {
        long start = System.nanoTime();
        super.startup();
        startupMillis = (System.nanoTime() - start) / 1_000_000;
    }

    long startupMillis() {
        return startupMillis;
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        return new DocumentList<>();
    }

    /** After the bake (the database is closed): the notes the feed lists, newest first; see {@link KeptPages}. */
    private volatile java.util.List<DocumentModel> keptPublishedNotes;

    void keepPublishedNotes(java.util.List<DocumentModel> notes) {
        keptPublishedNotes = java.util.List.copyOf(notes);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String docType) {
        java.util.List<DocumentModel> kept = keptPublishedNotes;
        if (kept == null) {
            return super.getPublishedContent(docType);
        }
        if (!JBakeAdapter.NOTE_TYPE.equals(docType)) {
            throw new IllegalStateException("the bake is over: only the published notes are kept, not " + docType);
        }
        DocumentList<DocumentModel> out = new DocumentList<>();
        out.addAll(kept);
        return out;
    }
}
