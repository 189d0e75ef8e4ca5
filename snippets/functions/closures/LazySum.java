import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntSupplier;

/** Returning functions: lazy evaluation, independent closures, and a closure as a tiny object. */
public class LazySum {

    // @start region=lazySum
    // Like def lazy_sum(*args): def sum(): ...; return sum
    static IntSupplier lazySum(int... args) {
        return () -> {                // the lambda captures args
            int ax = 0;
            for (int n : args) {
                ax += n;
            }
            return ax;
        };
    }
    // @end

    // @start region=outer
    // Like def outer(x): def inner(): print(x); return inner
    static Runnable outer(int x) {
        return () -> System.out.println(x);   // x outlives the call to outer
    }
    // @end

    // @start region=itemgetter
    // A closure as a "constructor with a private field": the index is remembered.
    static Comparator<List<String>> itemGetter(int index) {
        return Comparator.comparing(row -> row.get(index));
    }
    // @end

    public static void main(String[] args) {
        // @start region=lazyCalls
        IntSupplier f = lazySum(1, 2, 3, 4);   // nothing is summed yet
        System.out.println("f.getAsInt() = " + f.getAsInt());

        IntSupplier f1 = lazySum(1, 2, 3, 4);
        IntSupplier f2 = lazySum(1, 2, 3, 4);
        System.out.println("f1 == f2: " + (f1 == f2));   // a new function object per call
        // @end

        // @start region=outerCalls
        Runnable print1 = outer(1);
        Runnable print2 = outer(2);
        print1.run();
        print2.run();
        // @end

        // @start region=sortCalls
        List<List<String>> people = new ArrayList<>(List.of(
                List.of("bob", "Paris"),
                List.of("ann", "Tokyo"),
                List.of("eve", "Lima")));
        people.sort(itemGetter(1));            // sort by the second item
        System.out.println("by city: " + people);
        people.sort(itemGetter(0));            // sort by the first item
        System.out.println("by name: " + people);
        // @end
    }
}
