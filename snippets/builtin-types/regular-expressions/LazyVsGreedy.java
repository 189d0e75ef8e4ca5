import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Greedy and lazy quantifiers, and the Java forms of findall and finditer. */
public class LazyVsGreedy {
    public static void main(String[] args) {
        String str = "abooabbapds aboksldap";

        // @start region=findall
        List<String> lazy = Pattern.compile("ab.*?ap").matcher(str)
                .results().map(MatchResult::group).toList();          // findall
        List<String> greedy = Pattern.compile("ab.*ap").matcher(str)
                .results().map(MatchResult::group).toList();
        System.out.println("lazy   ab.*?ap -> " + lazy);
        System.out.println("greedy ab.*ap  -> " + greedy);
        // @end

        // @start region=finditer
        Matcher matcher = Pattern.compile("ab.*?ap").matcher(str);
        while (matcher.find()) {                                       // finditer
            System.out.println(matcher.group() + " at " + matcher.start()
                    + "-" + matcher.end());
        }
        // @end

        // @start region=quantifiers
        show("a*?", "aaa");        // as few as possible: zero
        show("a+?", "aaa");        // at least one
        show("a??", "aaa");        // zero preferred over one
        show("a{2,3}?", "aaa");    // two rather than three
        show("a{2,}?", "aaaa");    // two rather than more
        show("a{2,}", "aaaa");     // greedy: all four
        // @end

        // @start region=firstGreedy
        Matcher two = Pattern.compile("(\\d+)(\\d+)").matcher("12345");
        if (two.matches()) {
            System.out.println("(\\d+)(\\d+) on 12345: " + two.group(1)
                    + " | " + two.group(2));
        }
        Matcher lazyFirst = Pattern.compile("(\\d+?)(\\d+)").matcher("12345");
        if (lazyFirst.matches()) {
            System.out.println("(\\d+?)(\\d+) on 12345: " + lazyFirst.group(1)
                    + " | " + lazyFirst.group(2));
        }
        // @end

        // @start region=groupsInFindall
        // the pattern has a group, so Python's findall returns group 1: ask for it
        List<String> keys = Pattern.compile("(\\w+)=\\d+").matcher("a=1, b=22")
                .results().map(r -> r.group(1)).toList();
        System.out.println("keys: " + keys);
        // @end
    }

    static void show(String regex, String input) {
        Matcher m = Pattern.compile(regex).matcher(input);
        String first = m.find() ? m.group() : "";
        System.out.printf("%-8s on %-5s first match: \"%s\"%n", regex, input, first);
    }
}
