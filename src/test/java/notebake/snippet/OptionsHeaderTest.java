package notebake.snippet;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsHeaderTest {

    static OptionsHeader.Parsed parse(String text) {
        return OptionsHeader.parse("a/B.java", text.lines().toList());
    }

    @Test
    void noHeaderGivesDefaults() {
        OptionsHeader.Parsed p = parse("public class B {}\n");
        assertEquals(SnippetOptions.DEFAULTS, p.options());
        assertTrue(p.problems().isEmpty());
    }

    @Test
    void everyOption() {
        OptionsHeader.Parsed p = parse("""
                // notebake: timeout=2s args="one 'two words'" stdin="a\\nb \\"q\\"\\n" exit=3
                // notebake: release=21 output=unordered mask=pid,hash mask-regex="[0-9]+ ms" jvm="-ea -Xmx64m"
                /* a comment between */
                // notebake: exception=java.lang.IllegalStateException
                package x;
                """);
        assertEquals(List.of(), p.problems());
        SnippetOptions o = p.options();
        assertEquals(Duration.ofSeconds(2), o.timeout());
        assertEquals(List.of("one", "two words"), o.args());
        assertEquals("a\nb \"q\"\n", o.stdin());
        assertEquals(3, o.exit());
        assertEquals(21, o.release());
        assertTrue(o.unordered());
        assertEquals(List.of("pid", "hash"), o.masks());
        assertEquals(List.of("[0-9]+ ms"), o.maskRegexes());
        assertEquals(List.of("-ea", "-Xmx64m"), o.jvmFlags());
        assertEquals("java.lang.IllegalStateException", o.exception());
        assertEquals(java.util.Set.of(0, 1, 3), p.headerLines());
    }

    @Test
    void compileErrorWithAndWithoutKey() {
        assertTrue(parse("// notebake: compile-error\nclass B {}").options().compileError());
        assertNull(parse("// notebake: compile-error\nclass B {}").options().compileErrorKey());
        assertEquals("compiler.err.cant.resolve.location",
                parse("// notebake: compile-error=compiler.err.cant.resolve.location").options().compileErrorKey());
    }

    @Test
    void mistakesAreReportedAtTheirLinesAndAllTogether() {
        OptionsHeader.Parsed p = parse("""
                // notebake: timout=5s
                // notebake: exit=lots timeout=soon mask=pids output=random
                // notebake: stdin="unclosed
                // notebake: release=21 release=17
                import java.util.List;
                // notebake: timeout=1s
                class B {}
                """);
        List<String> located = p.problems().stream().map(SnippetProblem::located).toList();
        assertEquals(8, located.size(), located.toString());
        assertTrue(located.get(0).startsWith("a/B.java:1: unknown option `timout` (did you mean `timeout`?)"));
        assertTrue(located.get(1).startsWith("a/B.java:2: exit=lots is not an exit code"));
        assertTrue(located.get(2).startsWith("a/B.java:2: timeout=soon is not a duration"));
        assertTrue(located.get(3).startsWith("a/B.java:2: unknown mask `pids`"));
        assertTrue(located.get(4).startsWith("a/B.java:2: output=random is unknown"));
        assertTrue(located.get(5).startsWith("a/B.java:3: the value of `stdin` has no closing"));
        assertTrue(located.get(6).startsWith("a/B.java:4: option `release` is given twice"));
        assertTrue(located.get(7).startsWith("a/B.java:6: option line after the code starts"));
    }

    @Test
    void badRegexAndJvmFlag() {
        OptionsHeader.Parsed p = parse("// notebake: mask-regex=\"[unclosed\" jvm=\"Xmx64m\"");
        assertEquals(2, p.problems().size());
        assertTrue(p.problems().get(0).message().contains("not a valid regular expression"));
        assertTrue(p.problems().get(1).message().contains("does not start with `-`"));
    }

    @Test
    void timeoutRange() {
        assertEquals(Duration.ofMillis(800), parse("// notebake: timeout=800ms").options().timeout());
        assertFalse(parse("// notebake: timeout=1ms").problems().isEmpty());
        assertFalse(parse("// notebake: timeout=2h").problems().isEmpty());
    }

    @Test
    void shellWords() {
        assertEquals(List.of("a", "b c", "d"), OptionsHeader.words("a 'b c'  d"));
        assertEquals(List.of(""), OptionsHeader.words("''"));
    }
}
