import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** printf-style flags, formatted(), and a ${name} template like string.Template. */
public class FormatStyles {
    public static void main(String[] args) {
        System.out.println(String.format("[%-8s][%+d][%#x][% d][%08.3f]",
                "left", 5, 255, 42, Math.PI));
        System.out.println("%s is %d years old".formatted("Ann", 30));      // Java 15+
        Map<String, String> values = Map.of("who", "Tim", "what", "kung pao");
        // string.Template
        System.out.println(substitute("${who} likes ${what}", values));
        try {
            substitute("${who} likes ${whom}", values);
        } catch (IllegalArgumentException e) {   // Python: KeyError
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }

    // @start region=substitute
    /** A minimal string.Template.substitute: replaces ${name}; a missing name fails. */
    static String substitute(String template, Map<String, String> values) {
        Matcher m = Pattern.compile("\\$\\{(\\w+)}").matcher(template);
        return m.replaceAll(match -> {
            String value = values.get(match.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for " + match.group(1));
            }
            return Matcher.quoteReplacement(value);
        });
    }
    // @end
}
