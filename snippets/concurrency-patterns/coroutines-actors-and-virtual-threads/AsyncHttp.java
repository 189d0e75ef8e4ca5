// notebake: timeout=10s
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * gevent.spawn + joinall for three URLs, as HttpClient.sendAsync + allOf against a
 * local server.
 */
public class AsyncHttp {
    static final int REQUESTS = 3;
    static final AtomicInteger inFlight = new AtomicInteger();
    static final AtomicInteger mostInFlight = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        ExecutorService serverThreads = Executors.newCachedThreadPool();
        HttpServer server = startServer(serverThreads);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            // @start region=fetch
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build();
            List<String> urls =
                    List.of(base + "/python", base + "/yahoo", base + "/github");

            List<CompletableFuture<String>> jobs =
                    urls.stream().map(u -> fetch(client, u)).toList();
            // joinall
            CompletableFuture.allOf(jobs.toArray(new CompletableFuture<?>[0])).join();

            jobs.forEach(j -> System.out.println(j.join()));
            System.out.println("requests the server had in hand at the same time: "
                    + mostInFlight.get());
            // @end
        } finally {
            server.stop(0);
            serverThreads.shutdown();
        }
    }

    // @start region=get
    static CompletableFuture<String> fetch(HttpClient client, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        // returns at once
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(resp -> resp.body().length() + " bytes received from "
                        + URI.create(url).getPath());
    }
    // @end

    /**
     * A loopback server that holds every answer until all REQUESTS requests have
     * arrived (at most 3 s), so it can only answer quickly if the client sent them
     * concurrently. The body is the path repeated.
     */
    static HttpServer startServer(ExecutorService threads) throws IOException {
        CountDownLatch allArrived = new CountDownLatch(REQUESTS);
        var loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        HttpServer server = HttpServer.create(loopback, 0);
        server.createContext("/", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allArrived.countDown();
            try {
                allArrived.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            byte[] body = exchange.getRequestURI().getPath().repeat(100).getBytes();
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(threads);               // a thread per waiting request
        server.start();
        return server;
    }
}
