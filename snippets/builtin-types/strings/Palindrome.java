import java.util.Locale;

/** Lower-case, strip non-word characters, compare with the reverse. */
public class Palindrome {
    public static void main(String[] args) {
        System.out.println("taco cat:          " + palindrome("taco cat"));
        System.out.println("Was it a car?:     "
                + palindrome("Was it a car or a cat I saw?"));
        System.out.println("上海自来水来自海上: "
                + palindrome("上海自来水来自海上"));
        System.out.println("上海自来水:        " + palindrome("上海自来水"));
        System.out.println("上海自来水 with ASCII-only \\W: "
                + palindromeAsciiOnly("上海自来水"));
    }

    // @start region=palindrome
    static boolean palindrome(String string) {
        // (?U) makes \W Unicode-aware, as it is by default in Python 3
        String s = string.toLowerCase(Locale.ROOT).replaceAll("(?U)[\\W_]", "");
        return s.equals(new StringBuilder(s).reverse().toString());
    }
    // @end

    /** Without (?U), \W matches every non-ASCII letter, so Chinese text becomes "". */
    static boolean palindromeAsciiOnly(String string) {
        String s = string.toLowerCase(Locale.ROOT).replaceAll("[\\W_]", "");
        return s.equals(new StringBuilder(s).reverse().toString());
    }
}
