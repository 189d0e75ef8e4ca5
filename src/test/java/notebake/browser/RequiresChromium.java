package notebake.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Gate for browser tests. Without a system Chromium and chromedriver the tests are skipped with a loud message
 * on a developer machine, and fail when {@code CI=true}: CI must never pass by not running them.
 * {@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver} before {@code mvn -B verify}.
 */
public final class RequiresChromium implements BeforeAllCallback {

    /** The Chromium binary: {@code -Dnotebake.chromium=...} or Debian's {@code /usr/bin/chromium}. */
    static Path chromium() {
        return Path.of(System.getProperty("notebake.chromium", "/usr/bin/chromium"));
    }

    /** The chromedriver binary: {@code -Dnotebake.chromedriver=...} or Debian's {@code /usr/bin/chromedriver}. */
    static Path chromedriver() {
        return Path.of(System.getProperty("notebake.chromedriver", "/usr/bin/chromedriver"));
    }

    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(chromium())) {
            missing.add("Chromium (" + chromium() + ")");
        }
        if (!Files.isExecutable(chromedriver())) {
            missing.add("chromedriver (" + chromedriver() + ")");
        }
        return missing;
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        List<String> missing = missing();
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + String.join(" and ", missing)
                + ". Install them with: apt-get install -y chromium chromium-driver (.ci/run does this).";
        if (onCi()) {
            throw new AssertionError("CI=true and " + message);
        }
        String bar = "*".repeat(100);
        System.err.println(bar + "\n*** SKIPPING BROWSER TESTS in " + context.getDisplayName() + "\n*** " + message
                + "\n*** (With CI=true these tests fail instead of being skipped.)\n" + bar);
        Assumptions.abort(message);
    }
}
