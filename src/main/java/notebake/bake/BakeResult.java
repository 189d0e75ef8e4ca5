package notebake.bake;

/**
 * What a bake wrote.
 *
 * @param notes       note pages rendered
 * @param otherPages  generated pages rendered (home, sections, tags, sources, topic map, feed, 404)
 * @param millis      wall time of the bake
 * @param crawlMillis time JBake spent before rendering (store startup, crawl, insert)
 * @param renderMillis time spent rendering pages through the templates
 */
public record BakeResult(int notes, int otherPages, long millis, long crawlMillis, long renderMillis) {
}
