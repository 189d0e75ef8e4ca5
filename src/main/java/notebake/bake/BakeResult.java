package notebake.bake;

/**
 * What a bake wrote, and where its time went.
 *
 * @param notes        note pages rendered
 * @param otherPages   generated pages rendered (home, sections, tags, sources, topic map, feed, 404)
 * @param millis       wall time of the whole bake
 * @param storeMillis  JBake's in-memory OrientDB store starting up
 * @param crawlMillis  JBake crawling content/ and inserting every note into the store
 * @param renderMillis rendering every page through the Freemarker templates
 * @param pages        the pages kept warm for re-rendering edited notes (live preview); null unless
 *                     {@link BakeInput#keepPages()}, and with custom templates
 */
public record BakeResult(int notes, int otherPages, long millis, long storeMillis, long crawlMillis,
                         long renderMillis, KeptPages pages) {
}
