import java.util.function.ToIntFunction;

/**
 * int2, bin2dec and hex2dec: parsers with the radix fixed,
 * like functools.partial(int, base=2).
 */
public class RadixParsers {

    // @start region=radix
    // Python's int(s, base=2) accepts an optional '0b' prefix;
    // Integer.parseInt does not, so the Java version strips it first.
    static int parseWithPrefix(String s, int radix, String prefix) {
        String digits = s.toLowerCase().startsWith(prefix)
                ? s.substring(prefix.length())
                : s;
        return Integer.parseInt(digits, radix);
    }
    // @end

    public static void main(String[] args) {
        // @start region=int2
        // like partial(int, base=2)
        ToIntFunction<String> int2 = s -> Integer.parseInt(s, 2);
        System.out.println("int2(\"10001\")      = " + int2.applyAsInt("10001"));

        ToIntFunction<String> bin2dec = s -> parseWithPrefix(s, 2, "0b");
        ToIntFunction<String> hex2dec = s -> parseWithPrefix(s, 16, "0x");
        System.out.println("bin2dec(\"0b10001\") = " + bin2dec.applyAsInt("0b10001"));
        System.out.println("bin2dec(\"10001\")   = " + bin2dec.applyAsInt("10001"));
        System.out.println("hex2dec(\"0x67\")    = " + hex2dec.applyAsInt("0x67"));
        System.out.println("hex2dec(\"67\")      = " + hex2dec.applyAsInt("67"));
        try {
            int2.applyAsInt("0b10001");
        } catch (NumberFormatException e) {
            System.out.println("int2(\"0b10001\") fails: " + e.getMessage());
        }
        // @end
    }
}
