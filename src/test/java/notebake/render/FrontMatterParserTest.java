package notebake.render;

import notebake.internal.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterParserTest {

    @Test
    void aKeyGivenTwiceIsAnErrorNotSilentlyTheLastOne() {
        FrontMatterParser.Parsed p = FrontMatterParser.parse("content/a/x.md",
                "---\ntitle: Draft title\ndate: 2026-01-01\nsection: a\ntitle: Final title\n---\nText.\n");
        assertEquals(List.of("content/a/x.md:5: 'title' is given twice (first on line 2); keep one"),
                p.problems().stream().map(Problem::located).toList());
    }
}
