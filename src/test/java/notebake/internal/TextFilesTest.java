package notebake.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFilesTest {

    @Test
    void aFileThatCannotBeReadSaysWhyNotJustItsPath(@TempDir Path dir) throws Exception {
        // a folder named like a note (as root, chmod 000 would not stop the test from reading)
        Path folder = Files.createDirectories(dir.resolve("note.md"));
        ProblemException e = assertThrows(ProblemException.class, () -> TextFiles.readUtf8(folder, "content/note.md"));
        String m = e.problems().get(0).located();
        assertTrue(m.startsWith("content/note.md: cannot read: "), m);
        assertTrue(m.toLowerCase().contains("directory"), m);
        assertEquals("permission denied; make the file readable (chmod a+r)",
                TextFiles.unreadable(new AccessDeniedException(dir.resolve("x.md").toString())));
        assertEquals("no such file", TextFiles.unreadable(new java.nio.file.NoSuchFileException("x")));
        assertEquals("disk on fire", TextFiles.unreadable(new IOException("disk on fire")));
    }
}
