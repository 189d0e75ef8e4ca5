import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Functions as values: a higher-order method, map, filter, reduce and sorting with a key. */
public class HigherOrder {

    // @start region=add
    // Like def add(x, y, f): return f(x) + f(y)
    static int add(int x, int y, IntUnaryOperator f) {
        return f.applyAsInt(x) + f.applyAsInt(y);
    }
    // @end

    public static void main(String[] args) {
        // @start region=values
        IntUnaryOperator f = Math::abs;                   // like f = abs: a variable holding a function
        System.out.println("f.applyAsInt(-10)  = " + f.applyAsInt(-10));
        System.out.println("add(-5, 6, abs)    = " + add(-5, 6, Math::abs));
        System.out.println("add(-5, 6, x -> x * x) = " + add(-5, 6, x -> x * x));
        // @end

        // @start region=map
        List<Integer> squares = Stream.of(1, 2, 3, 4)
                .map(x -> x * x)                          // like map(f, [1, 2, 3, 4])
                .collect(Collectors.toList());            // like list(r)
        System.out.println("squares            = " + squares);
        // @end

        // @start region=lazy
        List<String> log = new ArrayList<>();
        Stream<Integer> pending = Stream.of(1, 2, 3).map(x -> {
            log.add("f(" + x + ")");
            return x * x;
        });
        System.out.println("after map():       log = " + log);   // nothing computed yet
        List<Integer> result = pending.collect(Collectors.toList());
        System.out.println("after collect():   log = " + log + ", result = " + result);
        // @end

        // @start region=reduce
        int number = IntStream.of(1, 2, 3, 4)
                .reduce((x, y) -> x * 10 + y)             // like reduce(fn, [1, 2, 3, 4])
                .getAsInt();
        System.out.println("reduce x*10+y      = " + number);
        // @end

        // @start region=filter
        List<Integer> odds = Stream.of(1, 2, 3, 4, 5)
                .filter(x -> x % 2 == 1)                  // like filter(is_odd, [1, 2, 3, 4, 5])
                .collect(Collectors.toList());
        System.out.println("odds               = " + odds);
        // @end

        // @start region=sorted
        List<Integer> byAbs = new ArrayList<>(List.of(1, 2, -1, 3, 5));
        byAbs.sort(Comparator.comparingInt(Math::abs));   // like sorted(..., key=abs)
        System.out.println("sorted by abs      = " + byAbs);

        String[] words = {"bob", "about", "Zoo", "Credit"};
        String[] sortedWords = words.clone();             // sorted() returns a new list; keep the original
        Arrays.sort(sortedWords, String.CASE_INSENSITIVE_ORDER.reversed()); // key=str.lower, reverse=True
        System.out.println("case-insensitive, reversed = " + Arrays.toString(sortedWords));
        System.out.println("original unchanged = " + Arrays.toString(words));
        // @end
    }
}
