package notebake;

import com.sun.net.httpserver.HttpServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serves the built site under /repo-name/ (as GitHub Pages serves a project site) and follows every link and
 * asset from the home page: everything must load from under the sub-path.
 */
class SubPathTest {

    @Test
    void everyPageAndAssetLoadsUnderASubPath(@TempDir Path dir) throws Exception {
        TestSites site = new TestSites(dir)
                .note("basics/hello.md", "Hello", "basics", 1, "## Code\n\n```snippet basics/hello/Hello.java\n```\n\n"
                        + "## More\n\nNext: [world](../more/world.md#words).\n")
                .note("more/world.md", "World", "more", 1, "## Words\n\nBack to [hello](../basics/hello.md).\n")
                .verified("basics/hello/Hello.java", "class Hello {}\n", "hi\n", "", 0);
        site.build();
        Path root = dir.resolve("target/site");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo-name/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/repo-name/".length());
            Path file = root.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path).normalize();
            byte[] body = file.startsWith(root) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
            if (body != null) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/repo-name/";
            HttpClient http = HttpClient.newHttpClient();
            Deque<URI> todo = new ArrayDeque<>();
            Set<URI> seen = new HashSet<>();
            todo.add(URI.create(base));
            int pages = 0;
            while (!todo.isEmpty()) {
                URI uri = todo.pop();
                if (!seen.add(uri)) {
                    continue;
                }
                HttpResponse<String> res = http.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, res.statusCode(), "GET " + uri);
                assertTrue(uri.getPath().startsWith("/repo-name/"), "left the sub-path: " + uri);
                if (!uri.getPath().endsWith(".html") && !uri.getPath().endsWith("/")) {
                    continue;
                }
                pages++;
                Document doc = Jsoup.parse(res.body(), uri.toString());
                for (Element e : doc.select("a[href], link[href], script[src]")) {
                    String ref = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("src");
                    URI target = URI.create(ref);
                    if (target.getHost() != null && target.getHost().equals("127.0.0.1")) {
                        todo.add(new URI(target.getScheme(), target.getAuthority(), target.getPath(), null, null));
                    }
                }
            }
            assertTrue(pages >= 8, "crawled " + pages + " pages");
            assertTrue(seen.stream().anyMatch(u -> u.getPath().endsWith("assets/vendor/prism/prism.js")));
            assertTrue(seen.stream().anyMatch(u -> u.getPath().endsWith("snippets/basics/hello/Hello.java.html")));
        } finally {
            server.stop(0);
        }
    }
}
