package notebake.browser;

import notebake.config.Config;
import notebake.config.ConfigLoader;
import notebake.preview.PreviewBuild;
import notebake.preview.PreviewSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live preview in a real browser: saving a note reloads the open page with the change; a build problem shows on
 * the page (naming file and line) while the previous build stays served, and goes away once fixed.
 */
@ExtendWith(RequiresChromium.class)
class PreviewBrowserIT {

    private static Browser browser;
    private static PreviewSession session;
    private static Thread loop;
    private static Path source;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        source = FixtureSite.copy("preview-source");
        Config config = ConfigLoader.load(source);
        session = new PreviewSession(config, new PreviewBuild(config, true), 0,
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
        loop = new Thread(() -> {
            try {
                session.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "preview-loop");
        loop.setDaemon(true);
        loop.start();
        browser = new Browser(1280, 900);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (session != null) {
            session.close();
            loop.join(5000);
        }
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(seconds));
    }

    private static void append(Path note, String text) throws Exception {
        Files.writeString(note, Files.readString(note) + text, StandardCharsets.UTF_8);
    }

    @Test
    void savingANoteReloadsTheOpenPageWithTheChange() throws Exception {
        List<Browser.Problem> problems = browser.open(session.url() + "threads/thread-local.html");
        assertEquals(List.of(), problems);
        browser.js("window.notebakeBeforeReload = true;");
        Path note = source.resolve("content/threads/thread-local.md");
        append(note, "\nA sentence added while the page was open: pelican.\n");
        waitUpTo(120).until(d -> d.getPageSource().contains("pelican"));
        browser.waitForIdle();
        assertEquals(null, browser.js("return window.notebakeBeforeReload || null;"), "the page was reloaded");
        assertTrue(browser.driver().findElement(By.id("content")).getText().contains("pelican"));
        assertEquals(List.of(), browser.drainProblems());
        assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("changed content/threads/thread-local.md"), LOG.toString());
        assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("1 page updated in place"),
                "a body edit updates that page only: " + LOG);
    }

    @Test
    void aNewTitleReachesTheOtherOpenPagesThatShowIt() throws Exception {
        browser.open(session.url() + "index.html");
        browser.js("window.notebakeBeforeReload = true;");
        Path note = source.resolve("content/concurrency-patterns/process-pools.md");
        String text = Files.readString(note);
        Files.writeString(note, text.replaceFirst("(?m)^title: .*$", "title: Pools of worker processes, renamed"),
                StandardCharsets.UTF_8);
        waitUpTo(120).until(d -> d.getPageSource().contains("Pools of worker processes, renamed"));
        browser.waitForIdle();
        assertEquals(null, browser.js("return window.notebakeBeforeReload || null;"), "the home page was reloaded");
        assertEquals(List.of(), browser.drainProblems());
        assertTrue(LOG.toString(StandardCharsets.UTF_8).contains("title changed"), LOG.toString());
        browser.open(session.url() + "tags/pools.html"); // the note's tag page lists it too
        assertTrue(browser.driver().getPageSource().contains("Pools of worker processes, renamed"));
    }

    @Test
    void aBuildProblemShowsOnThePageUntilItIsFixed() throws Exception {
        browser.open(session.url() + "functions/decorators.html");
        Path note = source.resolve("content/functions/decorators.md");
        String good = Files.readString(note);
        append(note, "\nSee [a missing page](no-such-note.md).\n");
        waitUpTo(120).until(d -> !d.findElements(By.id("notebake-build-errors")).isEmpty());
        String banner = browser.driver().findElement(By.id("notebake-build-errors")).getText();
        assertTrue(banner.contains("no-such-note"), banner);
        assertTrue(banner.contains("decorators"), "names the note: " + banner);
        assertTrue(browser.driver().findElement(By.cssSelector("h1")).getText().contains("Decorators"),
                "the previous build is still shown");

        Files.writeString(note, good, StandardCharsets.UTF_8);
        waitUpTo(120).until(d -> d.findElements(By.id("notebake-build-errors")).isEmpty());
        assertFalse(browser.driver().getPageSource().contains("no-such-note"));
    }
}
