package notebake.snippet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetScannerTest {

    static void write(Path root, String rel, String text) throws Exception {
        Path f = root.resolve(rel);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }

    @Test
    void groupsBySourceRootAndFindsKinds(@TempDir Path root) throws Exception {
        write(root, "a/page/Main.java", "public class Main { public static void main(String[] args) {} }");
        write(root, "a/page/Help.java", "class Help { /* public static void main(String[] a) */ }");
        write(root, "b/src/demo/x/App.java", "package demo.x;\npublic class App { static public void main(String... a) {} }");
        write(root, "b/src/demo/y/Util.java", "package demo.y;\npublic class Util {}");
        write(root, ".hidden/Skip.java", "class Skip {}");
        write(root, "target/Skip.java", "class Skip {}");
        SnippetScanner.Scan scan = SnippetScanner.scan(root);
        assertEquals(List.of("a/page/Help.java", "a/page/Main.java", "b/src/demo/x/App.java", "b/src/demo/y/Util.java"),
                scan.snippets().stream().map(Snippet::path).toList());
        assertEquals(2, scan.groups().size());
        assertEquals(root.resolve("a/page"), scan.groups().get(0).sourceRoot());
        assertEquals(root.resolve("b/src"), scan.groups().get(1).sourceRoot());
        Snippet app = scan.snippets().get(2);
        assertTrue(app.runnable());
        assertEquals("demo.x.App", app.mainClass());
        assertFalse(scan.snippets().get(0).runnable());
    }

    @Test
    void packageNotMatchingFolderIsAProblem(@TempDir Path root) throws Exception {
        write(root, "x/Wrong.java", "// hello\npackage demo;\nclass Wrong {}");
        Snippet s = SnippetScanner.scan(root).snippets().get(0);
        assertEquals(1, s.problems().size());
        assertEquals(2, s.problems().get(0).line());
        assertTrue(s.problems().get(0).message().contains("package `demo` does not match the folder `x`"));
    }

    @Test
    void missingFolderIsEmpty(@TempDir Path root) {
        assertEquals(List.of(), SnippetScanner.scan(root.resolve("nope")).snippets());
    }

    @Test
    void invalidUtf8IsAProblem(@TempDir Path root) throws Exception {
        Files.write(root.resolve("Bad.java"), new byte[]{'c', 'l', 'a', 's', 's', ' ', (byte) 0xC3, (byte) 0x28});
        Snippet s = SnippetScanner.scan(root).snippets().get(0);
        assertTrue(s.problems().get(0).message().contains("not valid UTF-8"));
    }

    @Test
    void aByteOrderMarkThatJavacRejectsIsNamedWithTheFix(@TempDir Path root) throws Exception {
        write(root, "Bom.java", "\uFEFFpublic class Bom { public static void main(String[] a) { } }\n");
        Snippet s = SnippetScanner.scan(root).snippets().get(0);
        assertEquals(1, s.problems().size(), s.problems().toString());
        assertEquals(1, s.problems().get(0).line());
        assertTrue(s.problems().get(0).message().contains("save it as UTF-8 without BOM"), s.problems().toString());
        assertTrue(s.code().startsWith("public class Bom"), "the mark is not shown");
    }

    @Test
    void invalidUtf8IsReportedOnItsOwnLineWithTheByte(@TempDir Path root) throws Exception {
        byte[] latin1 = "public class Latin {\n  public static void main(String[] a) {\n    System.out.println(\"caf\u00e9\");\n  }\n}\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(root.resolve("Latin.java"), latin1);
        Snippet s = SnippetScanner.scan(root).snippets().get(0);
        assertEquals(1, s.problems().size());
        assertEquals(3, s.problems().get(0).line());
        assertEquals("not valid UTF-8 (byte 0xE9); save the file as UTF-8", s.problems().get(0).message());
        assertEquals(1, SnippetScanner.lineOf(latin1, 0));
        assertEquals(2, SnippetScanner.lineOf(latin1, 21), "the byte after the first line feed");
    }

    @Test
    void factsIgnoreCommentsAndStrings() {
        JavaSourceFacts f = JavaSourceFacts.of("""
                // package fake;
                package real.pkg;
                /* class Fake {} */
                public class A {
                    String s = "public static void main(String[] args)";
                    String t = \"""
                        class AlsoFake
                        \""";
                    static class Nested {}
                }
                record R(int x) {}
                """, 17);
        assertEquals("real.pkg", f.packageName());
        assertEquals(List.of("A", "R"), f.topLevelTypes());
        assertFalse(f.hasMain());
        assertTrue(JavaSourceFacts.of("void main() { }", 25).hasMain());
        assertFalse(JavaSourceFacts.of("void main() { }", 17).hasMain());
    }
}
