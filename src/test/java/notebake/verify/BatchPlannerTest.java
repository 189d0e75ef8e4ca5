package notebake.verify;

import notebake.snippet.CompilationGroup;
import notebake.snippet.SnippetScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BatchPlannerTest {

    static List<CompilationGroup> groups(Path root, String... pageAndSource) throws Exception {
        for (int i = 0; i < pageAndSource.length; i += 2) {
            Path f = root.resolve(pageAndSource[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, pageAndSource[i + 1]);
        }
        return SnippetScanner.scan(root).groups();
    }

    static List<List<String>> names(List<List<CompilationGroup>> batches, Path root) {
        return batches.stream().map(b -> b.stream().map(g -> root.relativize(g.sourceRoot()).toString()).toList())
                .toList();
    }

    @Test
    void sameNamesOrCrossReferencesNeverShareATask(@TempDir Path root) throws Exception {
        List<CompilationGroup> gs = groups(root,
                "a/Main.java", "class Main {}",
                "b/Main.java", "class Main {}",
                "c/Tool.java", "class Tool {}",
                "d/User.java", "class User { Tool t; }",
                "e/Other.java", "class Other {}");
        List<List<CompilationGroup>> batches = BatchPlanner.plan(gs, Function.identity(), g -> "jdk17");
        assertEquals(List.of(List.of("a", "c", "e"), List.of("b", "d")), names(batches, root));
    }

    @Test
    void theFirstTaskIsSmallAndCompilersAreNeverMixed(@TempDir Path root) throws Exception {
        String[] files = new String[24];
        for (int i = 0; i < 12; i++) {
            files[2 * i] = "p" + (char) ('a' + i) + "/C" + i + ".java";
            files[2 * i + 1] = "class C" + i + " {}";
        }
        List<CompilationGroup> gs = groups(root, files);
        List<List<CompilationGroup>> batches = BatchPlanner.plan(gs, Function.identity(),
                g -> g.sourceRoot().getFileName().toString().compareTo("pj") < 0 ? "jdk17" : "jdk25");
        assertEquals(List.of(BatchPlanner.FIRST_BATCH, 1, 3), batches.stream().map(List::size).toList());
    }
}
