import java.text.MessageFormat;

/** print's separator, rjust/ljust/center/zfill, and positional placeholders. */
public class Padding {
    public static void main(String[] args) {
        // @start region=padding
        System.out.println(String.join(" ", "12", "34"));   // print("12", "34")
        System.out.println("[" + String.format("%5s", "ab") + "]");    // 'ab'.rjust(5)
        System.out.println("[" + String.format("%-5s", "ab") + "]");   // 'ab'.ljust(5)
        // 'ab'.center(6), 'ab'.center(5)
        System.out.println("[" + center("ab", 6) + "][" + center("ab", 5) + "]");
        System.out.println("[" + String.format("%05d", 42) + "]");     // '42'.zfill(5)
        // @end

        // @start region=positional
        System.out.println(String.format("%s网址： \"%s!\"",
                "菜鸟教程", "www.runoob.com"));
        System.out.println(MessageFormat.format("{0} 和 {1}", "Google", "Runoob"));
        System.out.println(MessageFormat.format("{1} 和 {0}", "Google", "Runoob"));
        // printf-style argument indexes
        System.out.println(String.format("%2$s 和 %1$s", "Google", "Runoob"));
        System.out.println(MessageFormat.format("{0} items, it''s {1}",
                1234567, "MessageFormat"));
        // @end
    }

    // @start region=center
    /** Python's str.center, with CPython's rule for where an odd extra space goes. */
    static String center(String s, int width) {
        int pad = Math.max(0, width - s.length());
        int left = pad / 2 + (pad & width & 1);
        return " ".repeat(left) + s + " ".repeat(pad - left);
    }
    // @end
}
