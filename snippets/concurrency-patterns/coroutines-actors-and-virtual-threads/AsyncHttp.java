// notebake: release=21 mask=duration
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** gevent.spawn + joinall for three URLs, as HttpClient.sendAsync + allOf against a local server. */
public class AsyncHttp {
    static final int SERVER_DELAY_MS = 200;

    public static void main(String[] args) throws Exception {
        ExecutorService serverThreads = Executors.newVirtualThreadPerTaskExecutor();
        HttpServer server = startSlowServer(serverThreads);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            // @start region=fetch
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            fetch(client, base + "/warm-up").join();              // first use loads classes; not timed

            List<String> urls = List.of(base + "/python", base + "/yahoo", base + "/github");
            long start = System.nanoTime();
            List<CompletableFuture<String>> jobs = urls.stream().map(u -> fetch(client, u)).toList();
            CompletableFuture.allOf(jobs.toArray(new CompletableFuture<?>[0])).join();   // joinall
            long ms = (System.nanoTime() - start) / 1_000_000;

            jobs.forEach(j -> System.out.println(j.join()));
            System.out.println("3 requests, each answered after " + SERVER_DELAY_MS + " ms, took " + ms + " ms together");
            System.out.println("less than one-at-a-time would need (3 x " + SERVER_DELAY_MS + " ms): "
                    + (ms < 3 * SERVER_DELAY_MS));
            // @end
        } finally {
            server.stop(0);
            serverThreads.shutdown();
        }
    }

    // @start region=get
    static CompletableFuture<String> fetch(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())   // returns at once
                .thenApply(resp -> resp.body().length() + " bytes received from "
                        + URI.create(url).getPath());
    }
    // @end

    /** A loopback server whose answers take SERVER_DELAY_MS (except /warm-up); the body is the path repeated. */
    static HttpServer startSlowServer(ExecutorService threads) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                if (!exchange.getRequestURI().getPath().equals("/warm-up")) Thread.sleep(SERVER_DELAY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = exchange.getRequestURI().getPath().repeat(100).getBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(threads);
        server.start();
        return server;
    }
}
