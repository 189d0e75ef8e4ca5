import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The note's regex syntax in java.util.regex: does the pattern occur in the input? */
public class RegexBasics {
    public static void main(String[] args) {
        // @start region=table
        show("^ab", "abc");              // ^ start of input (of a line with MULTILINE)
        show("bc$", "abc");              // $ end
        show("^ab*$", "a");              // * zero or more
        show("^ab+$", "a");              // + one or more
        show("^ab?c$", "abc");           // ? zero or one
        show("^a{3}$", "aaa");           // {m} exactly m
        show("^a{2,3}$", "aaaa");        // {m,n} m to n
        show("^a{2,}$", "aaaa");         // {m,} m or more
        show("^a{0,2}$", "aa");          // {0,n}: Java's spelling of Python's {,n}
        show("^ab|cd$", "abxx");         // | splits the whole pattern: (^ab)|(cd$)
        show("^(ab|cd)$", "abxx");       // parentheses limit the alternation
        show("^a.c$", "a\nc");           // . does not match a line break ...
        show("(?s)^a.c$", "a\nc");       // ... unless DOTALL, (?s)
        show("^[1357]+$", "3715");       // a set of characters
        show("^[0-9a-zA-Z]+$", "Java17");// ranges
        show("^[^012]+$", "345xyz");     // negated set
        show("^[.*]+$", ".*.*");         // . and * are literal inside []
        show("^[\\u4E00-\\u9FA5]+$", "中文");     // the note's range for Chinese
        show("^\\p{IsHan}+$", "中文𠀀");   // script property: any Han character
        show("^[\\u4E00-\\u9FA5]+$", "中文𠀀");   // 𠀀 lies outside the range
        // @end

        // @start region=error
        try {
            Pattern.compile("a{,3}");
        } catch (PatternSyntaxException e) {
            System.out.println("a{,3} -> PatternSyntaxException: "
                    + e.getDescription());
        }
        // @end
    }

    static void show(String regex, String input) {
        boolean found = Pattern.compile(regex).matcher(input).find();
        System.out.printf("%-22s %-10s %s%n", regex, input.replace("\n", "\\n"), found);
    }
}
