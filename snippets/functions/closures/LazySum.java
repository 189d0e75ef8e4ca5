import java.util.function.IntSupplier;

/** Returning a function instead of a result: the sum is computed only when asked. */
public class LazySum {

    // @start region=lazySum
    // Like def lazy_sum(*args): def sum(): ...; return sum
    static IntSupplier lazySum(int... args) {
        return () -> {  // the lambda captures args
            int ax = 0;
            for (int n : args) {
                ax += n;
            }
            return ax;
        };
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        IntSupplier f = lazySum(1, 2, 3, 4);  // nothing is summed yet
        System.out.println("f.getAsInt() = " + f.getAsInt());

        IntSupplier f1 = lazySum(1, 2, 3, 4);
        IntSupplier f2 = lazySum(1, 2, 3, 4);
        // a new function object per call
        System.out.println("f1 == f2: " + (f1 == f2));
        // @end
    }
}
