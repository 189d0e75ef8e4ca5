package notebake;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only bake/ imports JBake, only render/ imports Flexmark, only cli/ imports picocli. */
class StageBoundariesTest {

    @Test
    void librariesStayInTheirStage() throws IOException {
        List<String> violations = new ArrayList<>();
        Path src = Path.of("src/main/java/notebake");
        try (Stream<Path> files = Files.walk(src)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = src.relativize(f.getParent()).toString().replace('\\', '/');
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!line.startsWith("import ")) {
                        continue;
                    }
                    check(violations, f, pkg, line, "org.jbake", "bake");
                    check(violations, f, pkg, line, "com.orientechnologies", "bake");
                    check(violations, f, pkg, line, "com.vladsch.flexmark", "render");
                    check(violations, f, pkg, line, "picocli", "cli");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    private static void check(List<String> out, Path file, String pkg, String line, String lib, String owner) {
        if (line.contains(" " + lib + ".") && !pkg.equals(owner)) {
            out.add(file + ": " + line.strip() + " (only " + owner + "/ may import " + lib + ")");
        }
    }
}
