package notebake.snippet;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    static Regions.Shown parse(String text, Integer... header) {
        return Regions.parse("R.java", text.lines().toList(), Set.of(header));
    }

    @Test
    void nestedRegionsDedentedAndMarkersRemoved() {
        Regions.Shown s = parse("""
                // notebake: timeout=1s

                class R {
                    void m() {
                        // @start region=outer
                        int a = 1;
                        // @start region=inner
                        int b = 2;
                        // @end region=inner
                        // @end
                    }
                }
                """, 0);
        assertEquals(List.of(), s.problems());
        assertEquals("class R {\n    void m() {\n        int a = 1;\n        int b = 2;\n    }\n}\n", s.code());
        assertEquals(2, s.regions().size());
        assertEquals(new Region("outer", "int a = 1;\nint b = 2;\n", 6), s.regions().get(0));
        assertEquals(new Region("inner", "int b = 2;\n", 8), s.regions().get(1));
    }

    @Test
    void trailingMarkersKeepTheirCodeLine() {
        Regions.Shown s = parse("""
                int a = 1; // @start region=x
                int b = 2; // @end
                """);
        assertEquals("int a = 1;\nint b = 2;\n", s.code());
        assertEquals(new Region("x", "int a = 1;\nint b = 2;\n", 1), s.regions().get(0));
    }

    @Test
    void overlappingRegionsClosedByName() {
        Regions.Shown s = parse("""
                // @start region=a
                one
                // @start region=b
                two
                // @end region=a
                three
                // @end region=b
                """);
        assertEquals(List.of(), s.problems());
        assertEquals("one\ntwo\n", s.regions().get(0).code());
        assertEquals("two\nthree\n", s.regions().get(1).code());
    }

    @Test
    void markerMistakes() {
        Regions.Shown s = parse("""
                // @end
                // @start region=a
                x
                // @end region=zzz
                // @start region=a
                """);
        List<String> msgs = s.problems().stream().map(SnippetProblem::located).toList();
        assertEquals(4, msgs.size(), msgs.toString());
        assertTrue(msgs.get(0).startsWith("R.java:1: `// @end` without an open region"));
        assertTrue(msgs.get(1).startsWith("R.java:4: `// @end region=zzz` closes no open region"));
        assertTrue(msgs.get(2).startsWith("R.java:5: region `a` is declared twice"));
        assertTrue(msgs.get(3).startsWith("R.java:2: region `a` is never closed"));
    }

    @Test
    void aMarkerWithoutARegionNameIsReportedOnItsOwnLine() {
        Regions.Shown s = parse("""
                // @start
                x
                // @end
                // @start region=a b
                y
                // @end regoin=a
                """);
        List<String> msgs = s.problems().stream().map(SnippetProblem::located).toList();
        assertTrue(msgs.get(0).startsWith("R.java:1: `// @start` is not a region marker; write `// @start region=name`"),
                msgs.toString());
        assertTrue(msgs.get(1).startsWith("R.java:3: `// @end` without an open region"), msgs.toString());
        assertTrue(msgs.get(2).startsWith("R.java:4: `// @start region=a b` is not a region marker"), msgs.toString());
        assertTrue(msgs.get(3).startsWith("R.java:6: `// @end regoin=a` is not a region marker; write `// @end` or"),
                msgs.toString());
        assertEquals(4, msgs.size(), msgs.toString());
        assertEquals("x\ny\n", s.code(), "marker-like lines are never shown");
    }
}
