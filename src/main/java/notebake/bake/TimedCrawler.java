package notebake.bake;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.JBakeConfiguration;

/** JBake's crawler, timed (for the build report and the benchmark). One per bake. */
final class TimedCrawler extends Crawler {

    private long millis;

    TimedCrawler(ContentStore store, JBakeConfiguration config) {
        super(store, config);
    }

    @Override
    public void crawl() {
        long start = System.nanoTime();
        super.crawl();
        millis = (System.nanoTime() - start) / 1_000_000;
    }

    long millis() {
        return millis;
    }
}
