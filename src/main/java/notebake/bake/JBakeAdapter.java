package notebake.bake;

import com.orientechnologies.orient.core.Orient;
import notebake.internal.Problem;
import notebake.internal.ProblemException;
import notebake.render.RenderedNote;
import org.jbake.app.Asset;
import org.jbake.app.Oven;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;
import org.jbake.template.DelegatingTemplateEngine;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only door to JBake 2.7.0. Bakes the rendered notes into pages with JBake's crawler, its in-memory store,
 * its Freemarker engine and its feed and 404 renderers; note and generated pages are rendered in one linear pass
 * through the {@code RenderingTool} seam ({@link PlanRenderingTool}) instead of the stock O(n²) DocumentsRenderer.
 * JBake keeps static state (engine registry, document types): bakes are serialized, one at a time per JVM.
 */
public final class JBakeAdapter {

    static final String NOTE_TYPE = "note";
    private static final Object ONE_BAKE_AT_A_TIME = new Object();
    private static final AtomicInteger BAKES = new AtomicInteger();
    private static final Map<String, String> TEMPLATES = Map.of(
            NOTE_TYPE, "note.ftl",
            "home", "index.ftl",
            "section", "section.ftl",
            "tags", "tags.ftl",
            "tag", "tag.ftl",
            "source", "source.ftl",
            "topics", "topics.ftl",
            "feed", "feed.ftl",
            "error404", "404.ftl");

    /** Bakes the plan into {@code input.outputDir()}; throws {@link ProblemException} when JBake reports errors. */
    public BakeResult bake(BakeInput input) {
        synchronized (ONE_BAKE_AT_A_TIME) {
            prepare(); // Notebake.build did this already, before writing anything; idempotent
            long start = System.nanoTime();
            BakeConfiguration cfg = configure(input);
            Map<String, RenderedNote> byPath = new HashMap<>();
            for (RenderedNote n : input.notes()) {
                byPath.put(n.file().toAbsolutePath().normalize().toString(), n);
            }
            Map<String, ParserEngine> previous = new HashMap<>();
            NoteEngine engine = new NoteEngine(byPath);
            for (String ext : List.of("md", "yml", "yaml")) {
                previous.put(ext, Engines.get(ext));
                Engines.register(ext, engine);
            }
            NoteStore store = new NoteStore("notebake" + BAKES.get());
            DelegatingTemplateEngine templates = new DelegatingTemplateEngine(store, cfg);
            PlanRenderer renderer = new PlanRenderer(store, cfg, input.plan(), !input.customTemplates(), templates,
                    input.keepPages() && !input.customTemplates());
            Utensils utensils = new Utensils();
            utensils.setConfiguration(cfg);
            utensils.setContentStore(store);
            TimedCrawler crawler = new TimedCrawler(store, cfg);
            utensils.setCrawler(crawler);
            utensils.setRenderer(renderer);
            utensils.setAsset(new Asset(cfg));
            Oven oven = new Oven(utensils);
            List<Throwable> errors;
            try {
                oven.bake();
                errors = oven.getErrors();
            } finally {
                previous.forEach((ext, e) -> {
                    if (e != null) {
                        Engines.register(ext, e);
                    }
                });
            }
            if (!errors.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                for (Throwable t : errors) {
                    for (String line : String.valueOf(t.getMessage()).split("\n")) {
                        if (!line.isBlank()) {
                            problems.add(new Problem("templates", 0, line.strip()));
                        }
                    }
                }
                throw new ProblemException(problems);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            // custom templates may read JBake's store (closed now), so their pages cannot be rendered again alone
            KeptPages warm = input.keepPages() && !input.customTemplates()
                    ? keep(input, cfg, store, templates, renderer) : null;
            return new BakeResult(renderer.notes(), renderer.others() + 2, millis, store.startupMillis(),
                    crawler.millis(), renderer.renderMillis(), warm);
        }
    }

    private static KeptPages keep(BakeInput input, BakeConfiguration cfg, NoteStore store,
                                  DelegatingTemplateEngine templates, PlanRenderer renderer) {
        Map<String, String> outputs = new HashMap<>(renderer.outputs());
        String feed = cfg.getFeedFileName();
        for (String file : List.of(feed, cfg.getError404FileName())) {
            try {
                outputs.put(file, Files.readString(input.outputDir().resolve(file),
                        java.nio.charset.Charset.forName(cfg.getRenderEncoding())));
            } catch (IOException e) {
                return null; // not as expected: the preview then builds everything for every edit
            }
        }
        return new KeptPages(templates, cfg, store, renderer.noteModels(), outputs, feed, renderer.feedOrderKnown());
    }

    /** Stops OrientDB's background threads; call once when the JVM is done baking (e.g. under exec:java). */
    public static void shutdown() {
        if (BAKES.get() == 0) {
            return; // nothing was started (and Orient.instance() would start the engine just to stop it)
        }
        quietLogging();
        Orient.instance().shutdown();
    }

    /**
     * Starts JBake's database engine (OrientDB), quietly and without its signal handler. The build calls this
     * before it writes anything, so that a Ctrl+C in the moment the engine starts finds nothing to clean up.
     */
    public static void prepare() {
        synchronized (ONE_BAKE_AT_A_TIME) {
            BAKES.incrementAndGet();
            quietLogging(); // before the engine starts: it reports its file limits on the console otherwise
            withoutOrientSignalHandler();
        }
    }

    /**
     * OrientDB's engine installs its own SIGINT/SIGTERM handler when it starts; on Ctrl+C that handler shuts the
     * engine down under the running bake (which then fails with "Cannot open database") and exits, or blocks on
     * the bake's locks so that Ctrl+C seems ignored. Removing it restores the JVM's own handling: shutdown hooks,
     * through which the command line stops the build cleanly.
     */
    private static void withoutOrientSignalHandler() {
        Orient orient = Orient.instance();
        if (!orient.isActive()) {
            orient.startup();
        }
        orient.removeSignalHandler();
    }

    private static BakeConfiguration configure(BakeInput in) {
        DefaultJBakeConfiguration loaded = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                in.sourceDir().toFile(), in.outputDir().toFile(), true);
        BakeConfiguration cfg = new BakeConfiguration(in.sourceDir().toFile(), loaded.getCompositeConfiguration());
        cfg.setDestinationFolder(in.outputDir().toFile());
        cfg.setDatabaseStore("memory");
        cfg.setClearCache(true);
        cfg.setContentFolder(in.contentDir().toFile());
        cfg.setTemplateFolder(in.templatesDir().toFile());
        // JBake copies no assets: Notebake writes the built-in and the user's assets itself (BuiltIns)
        cfg.setAssetFolder(emptyDir(in.workDir().resolve("no-assets")));
        cfg.setDataFolder(in.workDir().resolve("no-data").toFile());
        TEMPLATES.forEach(cfg::setTemplateFileNameForDocType);
        cfg.setProperty("render.index", false);
        cfg.setProperty("render.archive", false);
        cfg.setProperty("render.tags", false);
        cfg.setProperty("render.tagsindex", false);
        cfg.setProperty("render.sitemap", false);
        cfg.setProperty("render.feed", true);
        cfg.setProperty("render.error404", true);
        cfg.setProperty("feed.file", "feed.xml");
        cfg.setProperty("error404.file", "404.html");
        cfg.setProperty("site.title", in.plan().siteTitle());
        cfg.setSiteHost(in.plan().siteUrl());
        cfg.setProperty("default.status", "published");
        cfg.setProperty("uri.noExtension", false);
        cfg.setProperty("img.path.update", false);
        return cfg;
    }

    private static File emptyDir(Path p) {
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new ProblemException(new Problem(p.toString(), 0, "cannot create: " + e.getMessage()));
        }
        return p.toFile();
    }

    private static volatile boolean quiet;

    /** OrientDB logs through java.util.logging; JBake through SLF4J (logback.xml sets it to WARN). */
    private static void quietLogging() {
        if (!quiet) {
            Logger.getLogger("com.orientechnologies").setLevel(Level.SEVERE);
            com.orientechnologies.common.log.OLogManager.instance().setConsoleLevel(Level.SEVERE.getName());
            com.orientechnologies.common.log.OLogManager.instance().setFileLevel(Level.SEVERE.getName());
            quiet = true;
        }
    }
}
