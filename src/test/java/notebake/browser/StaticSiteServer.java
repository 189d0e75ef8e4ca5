package notebake.browser;

import notebake.preview.HttpFiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a baked site folder on the loopback interface under a sub-path (as GitHub Pages serves a project
 * site under {@code /repo-name/}), answering 404 with the site's own {@code 404.html} when it has one.
 * Everything outside the sub-path is a 404 too, so a link that escapes the sub-path shows up as a failed request.
 */
final class StaticSiteServer implements AutoCloseable {


    private final HttpServer server;
    private final ExecutorService executor;
    private final Path root;
    private final String basePath;

    /**
     * @param root     the site folder
     * @param basePath the sub-path, starting and ending with {@code /}, e.g. {@code /notebake/}
     */
    StaticSiteServer(Path root, String basePath) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The site's base URL, e.g. {@code http://127.0.0.1:41234/notebake/}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            Path file = resolve(path);
            if (file == null) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.exists(notFound) ? Files.readAllBytes(notFound)
                        : "not found".getBytes(StandardCharsets.UTF_8);
                HttpFiles.send(exchange, 404, Files.exists(notFound) ? HttpFiles.type("html") : HttpFiles.type("txt"), body);
                return;
            }
            HttpFiles.send(exchange, 200, HttpFiles.contentType(file), Files.readAllBytes(file));
        }
    }

    private Path resolve(String path) {
        if (!path.startsWith(basePath)) {
            return null;
        }
        Path file = root.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }



    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
