/** char vs String, escapes, text blocks and joining literals. */
public class Literals {
    public static void main(String[] args) {
        // @start region=quotes
        char c = 'a';                     // single quotes: exactly one char
        String s = "a";                   // double quotes: a String
        System.out.println(c + " is a char, " + s + " is a String, equal? "
                + s.equals(String.valueOf(c)));
        // @end

        // @start region=escapes
        String path = "abc\\x";            // Python: r"abc\x"
        System.out.println(path + " has " + path.length() + " characters");
        String regex = "\\d+\\.\\d+";       // Python: r"\d+\.\d+"
        System.out.println(regex + " matches 3.14: " + "3.14".matches(regex));
        // @end

        // @start region=textblock
        String poem = """
                Beautiful is better than ugly.
                  Explicit is better than implicit.
                Tab\there, a quote " and no escape for a newline
                """;
        System.out.print(poem);
        // @end

        // @start region=concat
        // Python: "a" "b" "c"; Java needs +, and folds the constants at compile time
        String joined = "a" + "b" + "c";
        System.out.println(joined + ", same object as \"abc\": " + (joined == "abc"));
        // @end
    }
}
