import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Group numbering, named groups, and match vs search vs fullmatch. */
public class RegexGroups {
    public static void main(String[] args) {
        // @start region=groups
        Matcher m = Pattern.compile("((boy|booy)123)").matcher("booy123");
        if (m.lookingAt()) {                               // re.match: at the start
            System.out.println("groupCount = " + m.groupCount());
            System.out.println("group(0)   = " + m.group(0));   // the whole match
            System.out.println("group(1)   = " + m.group(1));   // first "(" from left
            System.out.println("group(2)   = " + m.group(2));   // second "("
        }
        // @end

        // @start region=named
        Matcher date = Pattern.compile("(?<year>\\d{4})-(?<month>\\d{2})")
                .matcher("released 2026-11");
        if (date.find()) {                                 // Python: (?P<year>...)
            System.out.println("year = " + date.group("year")
                    + ", month = " + date.group("month"));
        }
        // @end

        // @start region=modes
        Pattern digits = Pattern.compile("\\d+");
        for (String input : new String[] {"123", "123abc", "abc123"}) {
            System.out.printf("%-7s matches()=%-5s lookingAt()=%-5s find()=%s%n", input,
                    digits.matcher(input).matches(),     // re.fullmatch
                    digits.matcher(input).lookingAt(),   // re.match
                    digits.matcher(input).find());       // re.search
        }
        // @end
    }
}
