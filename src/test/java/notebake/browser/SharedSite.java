package notebake.browser;

import notebake.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fixture site, built once per test JVM and served from a loopback server under a sub-path (as GitHub Pages
 * serves a project site), shared by the browser test classes.
 */
final class SharedSite {

    static final String BASE_PATH = "/notebake-fixture/";

    private static Config config;
    private static StaticSiteServer server;

    private SharedSite() {
    }

    static synchronized Config config() {
        if (config == null) {
            config = FixtureSite.build(FixtureSite.copy("site-source"), false);
        }
        return config;
    }

    static synchronized StaticSiteServer server() {
        if (server == null) {
            try {
                server = new StaticSiteServer(config().siteDir(), BASE_PATH);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The URL of a page, e.g. {@code url("threads/thread-local.html")}. */
    static String url(String page) {
        return server().baseUrl() + page;
    }
}
