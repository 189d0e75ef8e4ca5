package notebake.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigLoaderTest {

    @Test
    void missingFileGivesDefaults(@TempDir Path dir) {
        Config c = ConfigLoader.load(dir);
        assertEquals(dir.toAbsolutePath().resolve("snippets"), c.snippetsDir());
        assertEquals(dir.toAbsolutePath().resolve("target/notebake/results.json"), c.resultsFile());
        assertEquals(Duration.ofSeconds(5), c.defaultTimeout());
        assertTrue(c.jobs() > 0);
    }

    @Test
    void readsKeys(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notebake.properties"),
                "site.title=My notes\nsnippets.dir=src/examples\nverify.timeout=800ms\nverify.jobs=3\n");
        Config c = ConfigLoader.load(dir);
        assertEquals("My notes", c.siteTitle());
        assertEquals(dir.toAbsolutePath().resolve("src/examples"), c.snippetsDir());
        assertEquals(Duration.ofMillis(800), c.defaultTimeout());
        assertEquals(3, c.jobs());
    }

    @Test
    void unknownKeyIsAnErrorNamingFileAndKey(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notebake.properties"), "site.titel=typo\n");
        var e = assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains("notebake.properties"), e.getMessage());
        assertTrue(e.getMessage().contains("site.titel"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsNamedWithItsLineAndTheKeyItProbablyMeant(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("notebake.properties"),
                "# settings\nsite.title=Notes\n  site.titel = typo\nfrobnicate: yes\n");
        var e = assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().startsWith(file.toAbsolutePath().normalize() + ":4: unknown key frobnicate; "
                + file.toAbsolutePath().normalize() + ":3: unknown key site.titel (did you mean site.title?); known "
                + "keys are ["), e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8SaysSo(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("notebake.properties"), "site.title=caf\u00e9\n".getBytes(
                java.nio.charset.StandardCharsets.ISO_8859_1));
        var e = assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().endsWith("notebake.properties: not valid UTF-8; save the file as UTF-8"),
                e.getMessage());
    }

    @Test
    void badValuesAreErrors(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notebake.properties"), "verify.timeout=soon\n");
        var e = assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(dir));
        assertTrue(e.getMessage().contains("verify.timeout=soon"), e.getMessage());
        Files.writeString(dir.resolve("notebake.properties"), "verify.jobs=0\n");
        assertThrows(ConfigLoader.ConfigException.class, () -> ConfigLoader.load(dir));
    }
}
