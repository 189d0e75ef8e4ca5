import java.util.function.BiPredicate;
import java.util.regex.Pattern;

/** Ways to test for a substring. */
public class Substrings {
    public static void main(String[] args) {
        String text = "hello, python";
        System.out.println("contains:      " + text.contains("llo"));   // "llo" in text
        System.out.println("indexOf:       " + text.indexOf("llo")   // text.find
                + " / " + text.indexOf("java"));
        System.out.println("startsWith:    " + text.startsWith("python", 7));
        System.out.println("regionMatches: "
                + text.regionMatches(true, 7, "PYTHON", 0, 6));
        System.out.println("count of 'o':  " + count(text, "o"));
        BiPredicate<String, String> contains = String::contains;   // operator.contains
        System.out.println("BiPredicate:   " + contains.test(text, "llo"));
        System.out.println("regex find:    "
                + Pattern.compile("p.th").matcher(text).find());
    }

    /** Python's str.count: non-overlapping occurrences. */
    static int count(String text, String sub) {
        int found = 0;
        for (int i = text.indexOf(sub); i >= 0;
                i = text.indexOf(sub, i + sub.length())) {
            found++;
        }
        return found;
    }
}
