package notebake.postpass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes sitemap.xml listing every page but the 404 page. Stateless. */
public final class Sitemap {

    private Sitemap() {
    }

    public static void write(Path file, String siteUrl, List<String> pages) {
        String base = siteUrl.isEmpty() || siteUrl.endsWith("/") ? siteUrl : siteUrl + "/";
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : pages) {
            if (!p.equals("404.html")) {
                b.append("  <url><loc>").append(xml(base + p)).append("</loc></url>\n");
            }
        }
        b.append("</urlset>\n");
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
