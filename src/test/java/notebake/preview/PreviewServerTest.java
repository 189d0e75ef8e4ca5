package notebake.preview;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PreviewServerTest {

    @TempDir
    Path site;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        Files.writeString(site.resolve("index.html"), "<html><body><h1>Home</h1></body></html>");
        Files.createDirectories(site.resolve("threads"));
        Files.writeString(site.resolve("threads/a.html"), "<html><body><p>A</p></BODY></html>");
        Files.writeString(site.resolve("style.css"), "body{}");
        server = new PreviewServer(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    }

    @Test
    void htmlPagesGetTheLiveReloadClientOtherFilesAreServedAsTheyAre() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertEquals("<html><body><h1>Home</h1><script src=\"/__notebake/live-reload.js\"></script></body></html>",
                home.body());
        assertTrue(get("threads/a.html").body().contains("<p>A</p><script src=\"/__notebake/live-reload.js\"></script></BODY>"));
        HttpResponse<String> css = get("style.css");
        assertEquals("body{}", css.body());
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        HttpResponse<String> client = get("__notebake/live-reload.js");
        assertEquals(200, client.statusCode());
        assertTrue(client.body().contains("EventSource('/__notebake/events')"));
    }

    @Test
    void missingFilesAndPathsOutsideTheSiteAre404() throws Exception {
        assertEquals(404, get("nope.html").statusCode());
        Files.writeString(site.getParent().resolve("secret.txt"), "secret");
        HttpResponse<String> escape = get("..%2Fsecret.txt");
        assertEquals(404, escape.statusCode());
        assertFalse(escape.body().contains("secret\n"));
    }

    @Test
    void siteOwn404PageIsUsed() throws Exception {
        Files.writeString(site.resolve("404.html"), "<html><body>Lost</body></html>");
        HttpResponse<String> missing = get("nope.html");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().startsWith("<html><body>Lost<script"));
    }

    @Test
    void openPagesHearReloadsAndFailures() throws Exception {
        java.net.HttpURLConnection events = (java.net.HttpURLConnection)
                URI.create(server.url() + "__notebake/events").toURL().openConnection();
        events.setReadTimeout(5000);
        assertEquals("text/event-stream; charset=utf-8", events.getContentType());
        BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        readFrame(in, lines);
        assertTrue(lines.contains("event: hello"), lines.toString());
        assertTrue(lines.contains("data: {\"failed\":false}"), lines.toString());

        waitForListeners(1);
        server.failed("content/a.md:3: no such snippet \"X.java\"");
        lines.clear();
        readFrame(in, lines);
        assertEquals(List.of("event: failed", "data: {\"message\":\"content/a.md:3: no such snippet \\\"X.java\\\"\"}"), lines);

        server.reload();
        lines.clear();
        readFrame(in, lines);
        assertEquals(List.of("event: reload", "data: {}"), lines);
        events.disconnect();
    }

    @Test
    void aPageOpenedAfterAFailedBuildSeesTheFailure() throws Exception {
        server.failed("boom");
        java.net.HttpURLConnection events = (java.net.HttpURLConnection)
                URI.create(server.url() + "__notebake/events").toURL().openConnection();
        events.setReadTimeout(5000);
        BufferedReader in = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        readFrame(in, lines);
        assertTrue(lines.contains("data: {\"failed\":true,\"message\":\"boom\"}"), lines.toString());
        events.disconnect();
    }

    private void waitForListeners(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (server.listeners() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(n, server.listeners());
    }

    private static void readFrame(BufferedReader in, List<String> into) throws Exception {
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty()) {
            if (!line.startsWith("retry:")) {
                into.add(line);
            }
        }
    }
}
