import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/** Partial application: fixing one argument of a two-argument function. */
public class PartialMod {

    static int mod(int n, int m) {
        return n % m;
    }

    // @start region=partial
    // A tiny generic partial(): fix the FIRST argument, like partial(f, a).
    static <A, B, R> Function<B, R> partial(BiFunction<A, B, R> f, A first) {
        return b -> f.apply(first, b);
    }
    // @end

    public static void main(String[] args) {
        // @start region=mod
        // n = 100 is fixed
        Function<Integer, Integer> modBy100 = partial(PartialMod::mod, 100);
        System.out.println("mod(100, 7)  = " + mod(100, 7));
        // 100 % 7, not 7 % 100
        System.out.println("modBy100(7)  = " + modBy100.apply(7));

        // fixing m needs a lambda
        IntUnaryOperator modulo100 = n -> mod(n, 100);
        System.out.println("modulo100(7) = " + modulo100.applyAsInt(7));
        // @end
    }
}
