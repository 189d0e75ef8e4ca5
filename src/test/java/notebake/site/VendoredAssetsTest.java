package notebake.site;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** The vendored MiniSearch build is byte for byte the one its README names (npm minisearch@7.2.0). */
class VendoredAssetsTest {

    private static final String MINISEARCH = "/notebake/assets/vendor/minisearch/index.js";
    private static final String MINISEARCH_SHA256 = "03c27931eb603af1d3358579e9885eafdb6a2f5fa9929557b3e77d7e99d06d03";

    @Test
    void miniSearchIsThePinnedRelease() throws Exception {
        try (InputStream in = VendoredAssetsTest.class.getResourceAsStream(MINISEARCH)) {
            assertNotNull(in, MINISEARCH + " is missing from the classpath");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
            assertEquals(MINISEARCH_SHA256, HexFormat.of().formatHex(digest),
                    "vendored MiniSearch differs from the release recorded in its README.md");
        }
        try (InputStream licence = VendoredAssetsTest.class.getResourceAsStream(
                "/notebake/assets/vendor/minisearch/LICENSE.txt")) {
            assertNotNull(licence, "MiniSearch's licence must ship with it");
        }
    }
}
