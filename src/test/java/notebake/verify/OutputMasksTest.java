package notebake.verify;

import notebake.snippet.SnippetOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputMasksTest {

    static SnippetOptions masks(List<String> named, List<String> regex, boolean unordered) {
        return new SnippetOptions(null, List.of(), null, 0, null, false, null, 17, unordered, named, regex, List.of(), false);
    }

    @Test
    void namedMasks() {
        SnippetOptions o = masks(List.of("pid", "thread-id", "hash", "timestamp", "duration", "port"), List.of(), false);
        assertEquals("java.lang.Object@<hash>", OutputMasks.mask("java.lang.Object@1b6d3586", o));
        assertEquals("Main$$Lambda<hash> and Main$$Lambda<hash>",
                OutputMasks.mask("Main$$Lambda$14/0x0000000800c03000 and Main$$Lambda/0x000071a3c8001000", o));
        assertEquals("at <timestamp> and <timestamp>", OutputMasks.mask("at 2026-11-23T14:17:25.123Z and 12:30:01", o));
        assertEquals("took <duration>, then <duration>", OutputMasks.mask("took 12 ms, then 1.5s", o));
        assertEquals("pid <pid>, pid=<pid>", OutputMasks.mask("pid 4242, pid=17", o));
        assertEquals("Thread-<tid> on pool-<tid>-thread-<tid>", OutputMasks.mask("Thread-3 on pool-1-thread-2", o));
        assertEquals("listening on port <port>, localhost:<port>", OutputMasks.mask("listening on port 8080, localhost:51234", o));
    }

    @Test
    void onlyRequestedMasksApply() {
        SnippetOptions o = masks(List.of("hash"), List.of("[0-9]+ items"), false);
        assertEquals("Object@<hash> took 12 ms, <masked>", OutputMasks.mask("Object@1b6d3586 took 12 ms, 5 items", o));
    }

    @Test
    void unorderedSortsLines() {
        SnippetOptions o = masks(List.of(), List.of(), true);
        assertEquals(OutputMasks.comparable("b\na\nc\n", o), OutputMasks.comparable("c\nb\na\n", o));
    }

    @Test
    void diffIsReadable() {
        String d = GoldenFiles.diff("X.out", "one\ntwo\nthree\n", "one\n2\nthree\n");
        assertEquals("--- X.out (expected)\n+++ X.out (actual)\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n", d);
        assertEquals(null, GoldenFiles.diff("X.out", "same\n", "same\n"));
        assertEquals("(only line endings or the final newline differ)\n", GoldenFiles.diff("X.out", "a\n", "a"));
    }
}
