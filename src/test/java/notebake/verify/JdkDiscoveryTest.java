package notebake.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    @Test
    void setupJavaVariablesAreFoundLowestVersionFirst(@TempDir Path dir) throws Exception {
        Path j21 = fakeJdk(dir.resolve("hosted-21"), "21.0.4");
        Path j99 = fakeJdk(dir.resolve("hosted-99"), "99.0.1");
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME_99_ARM64", j99.toString());
        env.put("JAVA_HOME_21_X64", j21.toString());
        assertEquals(List.of(j21, j99), JdkDiscovery.fromVersionedJavaHomes(env));
        List<Jdk> jdks = JdkDiscovery.find(List.of(), true, env);
        assertEquals("21.0.4", JdkDiscovery.lowestSatisfying(jdks, 21).orElseThrow().version(),
                "unless /usr/lib/jvm holds a 21 too");
        assertTrue(jdks.stream().anyMatch(j -> j.version().equals("99.0.1")));
        assertTrue(JdkDiscovery.find(List.of(), false, env).stream().noneMatch(j -> j.version().equals("99.0.1")),
                "--no-jdk-discovery ignores the environment");
    }

    @Test
    void otherVariablesAndUnusableValuesAreIgnored(@TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME_21_X86", fakeJdk(dir.resolve("x86"), "21").toString());
        env.put("JAVA_HOME_X64", fakeJdk(dir.resolve("plain"), "21").toString());
        env.put("JAVA_HOME_17_X64", "  ");
        env.put("JAVA_HOME_98_X64", dir.resolve("missing").toString());
        env.put("MY_JAVA_HOME_22_X64", fakeJdk(dir.resolve("mine"), "22").toString());
        assertEquals(List.of(dir.resolve("missing")), JdkDiscovery.fromVersionedJavaHomes(env));
        List<Jdk> jdks = JdkDiscovery.find(List.of(), true, env);
        assertTrue(jdks.stream().noneMatch(j -> j.feature() == 98), "a missing folder is not a JDK");
        Path real = dir.toRealPath();
        assertTrue(jdks.stream().noneMatch(j -> j.home().startsWith(real)), jdks.toString());
    }
}
