package notebake.verify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BatchCompilerTest {

    static List<BatchCompiler.Unit> units(Path dir) throws Exception {
        Files.writeString(dir.resolve("A.java"), "class A { int x = \"no\"; }");
        Files.writeString(dir.resolve("B.java"), "class B { static String hi() { return \"hi\"; } }");
        Files.writeString(dir.resolve("C.java"), "class C { String s = B.hi() + A.class; }");
        Files.writeString(dir.resolve("D.java"), "class D { }");
        return List.of(new BatchCompiler.Unit(dir.resolve("A.java"), dir.resolve("out1")),
                new BatchCompiler.Unit(dir.resolve("B.java"), dir.resolve("out1")),
                new BatchCompiler.Unit(dir.resolve("C.java"), dir.resolve("out1")),
                new BatchCompiler.Unit(dir.resolve("D.java"), dir.resolve("out2")));
    }

    static void check(Path dir, BatchCompiler.Outcome o) {
        assertEquals(java.util.Set.of(dir.resolve("A.java"), dir.resolve("C.java")), o.failed());
        assertEquals("compiler.err.prob.found.req", o.messagesFor(dir.resolve("A.java")).get(0).code());
        assertEquals(1, o.messagesFor(dir.resolve("A.java")).get(0).line());
        assertTrue(o.messagesFor(dir.resolve("C.java")).get(0).text().contains("cannot find symbol"));
        assertTrue(Files.isRegularFile(dir.resolve("out1/B.class")), "a good file still compiles");
        assertTrue(Files.isRegularFile(dir.resolve("out2/D.class")), "classes go to their own folder");
        assertTrue(Files.notExists(dir.resolve("out1/D.class")));
    }

    @Test
    void brokenFilesAreSetAsideAndTheRestCompiles(@TempDir Path dir) throws Exception {
        BatchCompiler.Outcome o = BatchCompiler.compileInProcess(units(dir), 17);
        check(dir, o);
        assertEquals(3, o.rounds(), "A fails first, then C which needs A, then the rest compiles");
    }

    @Test
    void forkedCompilerOfAnotherJdkGivesTheSameOutcome(@TempDir Path dir) throws Exception {
        Jdk other = JdkDiscovery.find(List.of(), true).stream().filter(j -> !j.running()).findFirst().orElse(null);
        assumeTrue(other != null, "only one JDK installed");
        Jdk forked = new Jdk(other.home(), other.version(), other.feature(), false);
        check(dir, BatchCompiler.compile(forked, units(dir), 17, dir.resolve("scratch")));
    }

    @Test
    void protocolEscapesTabsAndNewlines() {
        String s = "a\tb\nc\\d";
        assertEquals(s, BatchCompiler.unescape(BatchCompiler.escape(s)));
    }

    @Test
    void bytesThatAreNotUtf8AreDiagnosticsNotRawCompilerOutput(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("Latin.java"), "class Latin {\n\n  String s = \"caf\u00e9\";\n}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("Fine.java"), "class Fine { }");
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        BatchCompiler.Outcome o;
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            o = BatchCompiler.compileInProcess(List.of(new BatchCompiler.Unit(dir.resolve("Latin.java"),
                    dir.resolve("out")), new BatchCompiler.Unit(dir.resolve("Fine.java"), dir.resolve("out"))), 17);
        } finally {
            System.setErr(err);
        }
        assertEquals("", captured.toString(java.nio.charset.StandardCharsets.UTF_8), "nothing printed raw");
        assertEquals(java.util.Set.of(dir.resolve("Latin.java")), o.failed());
        BatchCompiler.Message m = o.messagesFor(dir.resolve("Latin.java")).get(0);
        assertEquals(3, m.line());
        assertTrue(m.text().contains("unmappable character (0xE9)"), m.text());
        assertTrue(Files.isRegularFile(dir.resolve("out/Fine.class")));
    }
}
