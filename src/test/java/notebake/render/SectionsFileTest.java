package notebake.render;

import notebake.internal.Problem;
import notebake.internal.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SectionsFileTest {

    @Test
    void anEntryWithoutAKeyIsCalledThatNotKeyNull(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("sections.yml"),
                "- key: notes\n  title: Notes\n  summary: S.\n- title: Other\n  summary: S.\n");
        ProblemException e = assertThrows(ProblemException.class,
                () -> SectionsFile.read(file, "content/sections.yml"));
        assertEquals(java.util.List.of("content/sections.yml:4: this section has no key; add 'key: <folder-name>' "
                        + "(the lower-case kebab-case name its notes give as 'section:')"),
                e.problems().stream().map(Problem::located).toList());
    }
}
