package notebake;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The GitHub workflows parse, and say what the README promises: CI runs .ci/run (which apt-installs Chromium) in
 * a Debian bookworm container with JDK 17 (default) and 25, and keeps the reports even on failure; Pages builds
 * with `mvn -B site` and deploys with the official actions. (GitHub Actions itself cannot run here.)
 */
class WorkflowsTest {

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(String name) throws IOException {
        return new Yaml().load(Files.readString(Path.of(".github/workflows", name), StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
        return (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) workflow.get("jobs"))
                .get(job)).get("steps");
    }

    private static String uses(List<Map<String, Object>> steps) {
        return steps.stream().map(s -> String.valueOf(s.get("uses"))).collect(Collectors.joining(" "));
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String usesPrefix) {
        return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(usesPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + usesPrefix));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ciRunsTheReadmeCommandInDebianWithBothJdksAndKeepsTheReports() throws IOException {
        Map<String, Object> ci = workflow("ci.yml");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) ci.get("jobs")).get("verify");
        assertEquals("debian:bookworm", ((Map<String, Object>) job.get("container")).get("image"));
        assertEquals("true", ((Map<String, Object>) job.get("env")).get("CI"));
        List<Map<String, Object>> steps = steps(ci, "verify");

        List<String> runs = steps.stream().map(s -> String.valueOf(s.get("run"))).toList();
        assertTrue(runs.contains(".ci/run"), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("apt-get install") && r.contains(" maven")), runs.toString());
        assertTrue(Files.isExecutable(Path.of(".ci/run")));

        Map<String, Object> java = (Map<String, Object>) step(steps, "actions/setup-java@").get("with");
        List<String> versions = String.valueOf(java.get("java-version")).lines().map(String::strip).toList();
        assertEquals(List.of("25", "17"), versions, "the last version listed is the default: 17");
        assertTrue(uses(steps).contains("actions/cache@"), "Maven's repository is cached");

        Map<String, Object> upload = step(steps, "actions/upload-artifact@");
        assertEquals("always()", upload.get("if"), "reports are kept when the build fails too");
        String paths = String.valueOf(((Map<String, Object>) upload.get("with")).get("path"));
        for (String p : List.of("target/surefire-reports/", "target/failsafe-reports/", "target/notebake/",
                "target/browser/")) {
            assertTrue(paths.contains(p), paths);
        }
    }

    @Test
    void pagesBuildsWithMavenSiteAndDeploysWithTheOfficialActions() throws IOException {
        Map<String, Object> pages = workflow("pages.yml");
        List<Map<String, Object>> build = steps(pages, "build");
        assertTrue(build.stream().anyMatch(s -> String.valueOf(s.get("run")).startsWith("mvn -B site")), build.toString());
        assertTrue(uses(build).contains("actions/configure-pages@"), uses(build));
        assertTrue(uses(build).contains("actions/upload-pages-artifact@"), uses(build));
        assertTrue(uses(steps(pages, "deploy")).contains("actions/deploy-pages@"));
    }
}
