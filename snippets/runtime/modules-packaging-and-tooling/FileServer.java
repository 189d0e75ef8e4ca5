// notebake: release=18 mask=port
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.SimpleFileServer;
import java.net.InetSocketAddress;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JDK's file server (jwebserver), started in-process on a free loopback port. */
public class FileServer {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("hello.txt"), "hello from the working directory\n");
        Path root = Path.of("").toAbsolutePath();

        // @start region=serve
        HttpServer server = SimpleFileServer.createFileServer(
                new InetSocketAddress("127.0.0.1", 0),   // port 0: any free port
                root, SimpleFileServer.OutputLevel.NONE);
        server.start();
        int port = server.getAddress().getPort();
        System.out.println("serving on port " + port);
        // @end
        try {
            // @start region=fetch
            // urllib.request.urlopen
            for (String file : new String[] {"hello.txt", "missing.txt"}) {
                URL url = URI.create("http://127.0.0.1:" + port + "/" + file).toURL();
                HttpURLConnection connection = (HttpURLConnection) url.openConnection();
                int status = connection.getResponseCode();
                String body = status == 200
                        ? ": " + new String(connection.getInputStream().readAllBytes(),
                                StandardCharsets.UTF_8).strip()
                        : "";
                System.out.println("GET /" + file + " -> " + status + body);
                connection.disconnect();
            }
            // @end
        } finally {
            server.stop(0);
        }
    }
}
