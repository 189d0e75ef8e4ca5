package notebake.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reader stylesheet keeps one colour palette: each theme colour is declared once, for both themes. */
class ReaderStylesheetTest {

    private static final Path CSS = Path.of("assets/reader/reader.css");

    @Test
    void eachThemeColourIsDeclaredOnceOutsideThePrintStyles() throws IOException {
        String css = Files.readString(CSS);
        int print = css.indexOf("@media print");
        assertTrue(print > 0, "the print styles are there");
        String screen = css.substring(0, print);
        Map<String, Integer> declared = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(--[\\w-]+)\\s*:\\s*light-dark\\(").matcher(screen);
        while (m.find()) {
            declared.merge(m.group(1), 1, Integer::sum);
        }
        assertTrue(declared.keySet().containsAll(List.of("--bg", "--fg", "--link", "--bad", "--tok-keyword")),
                "the palette uses light-dark(light, dark): " + declared.keySet());
        List<String> repeated = new ArrayList<>();
        for (String name : declared.keySet()) {
            Matcher any = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "\\s*:").matcher(screen);
            int count = 0;
            while (any.find()) {
                count++;
            }
            if (count != 1) {
                repeated.add(name + " x" + count);
            }
        }
        assertEquals(List.of(), repeated, "declared more than once");
        assertTrue(!screen.contains("prefers-color-scheme"), "no second palette for the system's dark preference");
    }
}
