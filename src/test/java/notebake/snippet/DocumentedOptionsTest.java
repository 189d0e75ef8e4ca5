package notebake.snippet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example in the authoring guide's options table is a header the verifier accepts as written. */
class DocumentedOptionsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`|]+)`(?: or `([^`|]+)`)? \\|");

    @Test
    void everyOptionExampleOfTheGuideParsesWithoutProblems() throws Exception {
        List<String> guide = Files.readAllLines(Path.of("content/guide/authoring.md"), StandardCharsets.UTF_8);
        int start = guide.indexOf("| option | meaning | default |");
        assertTrue(start > 0, "the options table");
        List<String> examples = new ArrayList<>();
        for (int i = start + 2; i < guide.size() && guide.get(i).startsWith("|"); i++) {
            Matcher m = ROW.matcher(guide.get(i));
            assertTrue(m.find(), guide.get(i));
            examples.add(m.group(1));
            if (m.group(2) != null) {
                examples.add(m.group(2));
            }
        }
        assertEquals(OptionsHeader.OPTIONS.size(), examples.stream().map(e -> e.split("=", 2)[0])
                .filter(OptionsHeader.OPTIONS::containsKey).distinct().count(), "every option has an example: " + examples);
        for (String e : examples) {
            var parsed = OptionsHeader.parse("Doc.java", List.of(OptionsHeader.MARKER + " " + e, "class Doc {}"));
            assertEquals(List.of(), parsed.problems(), "the guide's example `" + e + "`");
        }
    }
}
