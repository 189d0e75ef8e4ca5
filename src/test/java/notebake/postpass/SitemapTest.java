package notebake.postpass;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sitemap addresses are percent-encoded UTF-8, as the sitemap protocol asks; the 404 page is left out. */
class SitemapTest {

    @Test
    void chineseAddressesArePercentEncoded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sitemap.xml");
        Sitemap.write(file, "https://o.github.io/r", List.of("index.html", "tags/装饰器.html",
                "snippets/a/中文 名.java.html", "404.html"));
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(xml.contains("<loc>https://o.github.io/r/index.html</loc>"), xml);
        assertTrue(xml.contains("<loc>https://o.github.io/r/tags/%E8%A3%85%E9%A5%B0%E5%99%A8.html</loc>"), xml);
        assertTrue(xml.contains("<loc>https://o.github.io/r/snippets/a/%E4%B8%AD%E6%96%87%20%E5%90%8D.java.html</loc>"),
                xml);
        assertFalse(xml.contains("404.html"), xml);
    }

    @Test
    void asciiPathsAreUnchanged() {
        assertEquals("functions/closures.html", Sitemap.encoded("functions/closures.html"));
        assertEquals("a/b-c_d.e.html", Sitemap.encoded("a/b-c_d.e.html"));
    }
}
