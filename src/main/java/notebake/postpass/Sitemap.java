package notebake.postpass;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes sitemap.xml listing every page but the 404 page (addresses percent-encoded). Stateless. */
public final class Sitemap {

    private Sitemap() {
    }

    public static void write(Path file, String siteUrl, List<String> pages) {
        String base = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            if (!p.equals("404.html")) {
                b.append("  <url><loc>").append(xml(base + encoded(p))).append("</loc></url>\n");
            }
        }
        b.append("</urlset>\n");
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A page path as the sitemap protocol wants it, percent-encoded UTF-8 ({@code tags/装饰器.html} becomes
     * {@code tags/%E8%A3%85%E9%A5%B0%E5%99%A8.html}); ASCII paths are unchanged.
     */
    static String encoded(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
