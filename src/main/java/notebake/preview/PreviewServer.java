package notebake.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the site folder on the loopback interface only, for the author's own browser. HTML pages get one extra
 * {@code <script>} (the live-reload client, which exists only here, never in a baked site); the script listens on
 * a Server-Sent Events stream and reloads the page after each successful rebuild, or shows the build's errors.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/__notebake/events";
    static final String CLIENT = "/__notebake/live-reload.js";
    private static final String INJECT = "<script src=\"" + CLIENT + "\"></script>";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path siteDir;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final byte[] client;
    private volatile String lastFailure;

    /**
     * Starts serving at once.
     *
     * @param siteDir the folder to serve (it may be replaced between requests by a rebuild)
     * @param port    the port on 127.0.0.1, or 0 for any free port
     */
    public PreviewServer(Path siteDir, int port) throws IOException {
        this.siteDir = siteDir.toAbsolutePath().normalize();
        try (InputStream in = PreviewServer.class.getResourceAsStream("/notebake/preview/live-reload.js")) {
            if (in == null) {
                throw new IllegalStateException("live-reload.js is missing from the classpath");
            }
            this.client = in.readAllBytes();
        }
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "notebake-preview-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** For example {@code http://127.0.0.1:4000/}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Tells every open page to reload. */
    public void reload() {
        lastFailure = null;
        broadcast("reload", "{}");
    }

    /** Shows the build errors on every open page (and on pages opened later, until the next good build). */
    public void failed(String message) {
        lastFailure = message;
        broadcast("failed", "{\"message\":" + jsonString(message) + "}");
    }

    /** How many pages are listening. */
    public int listeners() {
        return listeners.size();
    }

    private void broadcast(String event, String json) {
        byte[] frame = ("event: " + event + "\ndata: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(frame);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out); // the page went away
                closeQuietly(out);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
        if (path.equals(EVENTS)) {
            events(exchange);
            return;
        }
        try (exchange) {
            if (path.equals(CLIENT)) {
                HttpFiles.send(exchange, 200, HttpFiles.type("js"), client);
                return;
            }
            Path file = resolve(path);
            if (file == null) {
                Path notFound = siteDir.resolve("404.html");
                if (Files.isRegularFile(notFound)) {
                    HttpFiles.send(exchange, 404, HttpFiles.type("html"), inject(Files.readAllBytes(notFound)));
                } else {
                    HttpFiles.send(exchange, 404, HttpFiles.type("txt"), ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            byte[] body;
            try {
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                HttpFiles.send(exchange, 404, HttpFiles.type("txt"), ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String type = HttpFiles.contentType(file);
            HttpFiles.send(exchange, 200, type, type.startsWith("text/html") ? inject(body) : body);
        }
    }

    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        String failure = lastFailure;
        String hello = failure == null ? "{\"failed\":false}"
                : "{\"failed\":true,\"message\":" + jsonString(failure) + "}";
        out.write(("retry: 500\nevent: hello\ndata: " + hello + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out); // kept open; closed when the page goes away or the server stops
    }

    private Path resolve(String path) {
        Path file = siteDir.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(siteDir)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    /** Adds the live-reload client just before {@code </body>} (or at the end when there is none). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.toLowerCase().lastIndexOf("</body>");
        String injected = at < 0 ? page + INJECT : page.substring(0, at) + INJECT + page.substring(at);
        return injected.getBytes(StandardCharsets.UTF_8);
    }



    static String jsonString(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a String always serialises
        }
    }

    private static void closeQuietly(OutputStream out) {
        try {
            out.close();
        } catch (IOException ignored) {
            // the connection is already gone
        }
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            closeQuietly(out);
        }
        listeners.clear();
        server.stop(0);
        executor.shutdownNow();
    }
}
