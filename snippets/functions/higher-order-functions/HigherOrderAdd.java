import java.util.function.IntUnaryOperator;

/** Functions as values: a variable holding a function, and a method that takes one. */
public class HigherOrderAdd {

    // @start region=add
    // Like def add(x, y, f): return f(x) + f(y)
    static int add(int x, int y, IntUnaryOperator f) {
        return f.applyAsInt(x) + f.applyAsInt(y);
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        IntUnaryOperator f = Math::abs;  // like f = abs
        System.out.println("f.applyAsInt(-10)      = " + f.applyAsInt(-10));
        System.out.println("add(-5, 6, Math::abs)  = " + add(-5, 6, Math::abs));
        System.out.println("add(-5, 6, x -> x * x) = " + add(-5, 6, x -> x * x));
        // @end
    }
}
