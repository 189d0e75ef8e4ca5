package notebake.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdkDiscoveryTest {

    static Path fakeJdk(Path dir, String version) throws Exception {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin/java"), "");
        Files.writeString(dir.resolve("bin/javac"), "");
        Files.writeString(dir.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return dir;
    }

    @Test
    void probesReleaseFileAndPicksTheLowestSatisfying(@TempDir Path dir) throws Exception {
        Path j21 = fakeJdk(dir.resolve("jdk-21"), "21.0.2");
        Path j99 = fakeJdk(dir.resolve("jdk-99"), "99");
        Files.createDirectories(dir.resolve("not-a-jdk"));
        List<Jdk> jdks = JdkDiscovery.find(List.of(j99, j21, dir.resolve("not-a-jdk")), false);
        Jdk running = JdkDiscovery.running();
        assertEquals(running, jdks.get(0));
        assertTrue(jdks.stream().anyMatch(j -> j.version().equals("21.0.2") && j.feature() == 21));
        assertEquals(running, JdkDiscovery.lowestSatisfying(jdks, 17).orElseThrow());
        assertEquals(99, JdkDiscovery.lowestSatisfying(jdks, 22).orElseThrow().feature());
        assertTrue(JdkDiscovery.lowestSatisfying(jdks, 100).isEmpty());
    }

    @Test
    void runningJdkIsAlwaysThere() {
        List<Jdk> jdks = JdkDiscovery.find(List.of(), false);
        assertEquals(1, jdks.size());
        assertTrue(jdks.get(0).running());
        assertEquals(Runtime.version().feature(), jdks.get(0).feature());
    }
}
