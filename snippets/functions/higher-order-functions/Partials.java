import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;
import java.util.function.ToIntFunction;

/** Partial application: fixing some arguments of a function to get a simpler one. */
public class Partials {

    static int mod(int n, int m) {
        return n % m;
    }

    // @start region=partial
    // A tiny generic partial(): fix the FIRST argument, like functools.partial(f, a).
    static <A, B, R> Function<B, R> partial(BiFunction<A, B, R> f, A first) {
        return b -> f.apply(first, b);
    }
    // @end

    // @start region=radix
    // Python's int(s, base=2) accepts an optional '0b' prefix; Integer.parseInt does not,
    // so the Java version strips it first.
    static int parseWithPrefix(String s, int radix, String prefix) {
        String digits = s.toLowerCase().startsWith(prefix) ? s.substring(prefix.length()) : s;
        return Integer.parseInt(digits, radix);
    }
    // @end

    public static void main(String[] args) {
        // @start region=mod
        Function<Integer, Integer> modBy100 = partial(Partials::mod, 100); // n = 100 is fixed
        System.out.println("mod(100, 7)   = " + mod(100, 7));
        System.out.println("modBy100(7)   = " + modBy100.apply(7));        // 100 % 7, not 7 % 100

        IntUnaryOperator modulo100 = n -> mod(n, 100);                      // fixing m needs a lambda
        System.out.println("modulo100(7)  = " + modulo100.applyAsInt(7));
        // @end

        // @start region=int2
        ToIntFunction<String> int2 = s -> Integer.parseInt(s, 2);          // like partial(int, base=2)
        System.out.println("int2(\"10001\") = " + int2.applyAsInt("10001"));

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
