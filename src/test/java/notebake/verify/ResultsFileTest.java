package notebake.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A damaged results file is reported as such (file named, "run verify again"), never as a crash. */
class ResultsFileTest {

    @TempDir
    Path dir;

    private String damaged(byte[] bytes) throws Exception {
        Path file = dir.resolve("results.json");
        Files.write(file, bytes);
        var e = assertThrows(ResultsFile.ResultsFileException.class, () -> ResultsFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().endsWith("run `verify` again"), e.getMessage());
        assertFalse(e.getMessage().contains("REDACTED"), "no Jackson location noise: " + e.getMessage());
        return e.getMessage();
    }

    private String damaged(String text) throws Exception {
        return damaged(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonNullIsNotAReport() throws Exception {
        assertTrue(damaged("null\n").contains("holds no report"));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedAsSuch() throws Exception {
        assertTrue(damaged(new byte[]{'{', (byte) 0xff, (byte) 0xfe, 0, 1, '}'}).contains("not UTF-8"));
    }

    @Test
    void truncatedFileNamesItsLineWithoutJacksonNoise() throws Exception {
        String m = damaged("{\n  \"format\": 1,\n  \"snippets\": [ {\"path\": \"a/B.java\"");
        assertTrue(m.contains("not a valid results file"), m);
    }

    @Test
    void resultsWithoutTheFieldsEveryReaderNeedsAreRejected() throws Exception {
        assertTrue(damaged("{\"format\": 1, \"snippets\": []}").contains("no snippetsRoot"));
        assertTrue(damaged("{\"format\": 1, \"snippetsRoot\": \"/s\", \"snippets\": [{}]}")
                .contains("snippets[0] has no path"));
        assertTrue(damaged("{\"format\": 1, \"snippetsRoot\": \"/s\", \"snippets\": "
                + "[{\"path\": \"a/B.java\", \"kind\": \"RUNNABLE\"}]}")
                .contains("snippets[0] (a/B.java) has no status"));
    }

    @Test
    void aWrittenReportReadsBack() {
        Path file = dir.resolve("results.json");
        var r = new SnippetResult("a/B.java", SnippetKind.RUNNABLE, Status.VERIFIED, null, "code",
                List.of(new ShownRegion("r", "c", 2)), "out", false, "", false, 0, 5, "17", List.of(), false,
                null, "ab");
        ResultsFile.write(new VerificationReport(VerificationReport.FORMAT, "/s", List.of(r)), file);
        assertEquals(List.of(r), ResultsFile.read(file).snippets());
    }

    @Test
    void writingNeverDependsOnASharedTempFileName() throws Exception {
        // a leftover results.json.tmp (here a folder, so it cannot be overwritten) must not stop the write
        Path file = dir.resolve("results.json");
        Files.createDirectories(dir.resolve("results.json.tmp"));
        ResultsFile.write(new VerificationReport(VerificationReport.FORMAT, "/s", List.of()), file);
        assertEquals("/s", ResultsFile.read(file).snippetsRoot());
        try (var left = Files.list(dir)) {
            assertEquals(List.of("results.json", "results.json.tmp"), left.map(p -> p.getFileName().toString())
                    .sorted().toList(), "no temp file left behind");
        }
    }
}
