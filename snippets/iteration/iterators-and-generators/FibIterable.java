import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Eager lists vs lazy sequences, and a Fibonacci "generator" written as an Iterable. */
public class FibIterable {

    // @start region=fib
    // Like def fib(max): ... yield b ...  The iterator keeps n, a, b between calls to next().
    static Iterable<Integer> fib(int max) {
        return () -> new Iterator<Integer>() {
            private int n = 0;
            private int a = 0;
            private int b = 1;

            @Override
            public boolean hasNext() {
                return n < max;
            }

            @Override
            public Integer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();   // Python raises StopIteration
                }
                int result = b;                           // the value "yielded"
                int next = a + b;
                a = b;
                b = next;
                n++;
                return result;
            }
        };
    }
    // @end

    public static void main(String[] args) {
        // @start region=eagerLazy
        List<Integer> ls = IntStream.range(0, 10).map(x -> x * x)   // [x*x for x in range(10)]
                .boxed().collect(Collectors.toList());              // all 10 values exist now
        System.out.println("list:   " + ls);

        List<String> computed = new ArrayList<>();
        Iterator<Integer> g = IntStream.range(0, 10)                // (x*x for x in range(10))
                .peek(x -> computed.add("x=" + x))
                .map(x -> x * x)
                .iterator();
        System.out.println("next(g) = " + g.next() + ", next(g) = " + g.next());
        System.out.println("computed so far: " + computed);
        // @end

        // @start region=fibCalls
        List<Integer> first = new ArrayList<>();
        for (int v : fib(6)) {                                      // for v in fib(6):
            first.add(v);
        }
        System.out.println("fib(6): " + first);

        Iterator<Integer> it = fib(1).iterator();
        System.out.println("next: " + it.next());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("exhausted: NoSuchElementException");
        }
        // @end

        // @start region=streamFib
        // The same numbers from a lazy, infinite stream, cut off by takeWhile / limit.
        List<Integer> below100 = Stream.iterate(new int[] {1, 1}, p -> new int[] {p[1], p[0] + p[1]})
                .map(p -> p[0])
                .takeWhile(v -> v < 100)
                .collect(Collectors.toList());
        System.out.println("below 100: " + below100);
        // @end

        // @start region=iterableIterator
        List<String> letters = List.of("x", "y");
        Iterable<String> iterable = letters;                        // can be looped over
        Iterator<String> iterator = iterable.iterator();            // like iter(letters)
        System.out.println(iterator.hasNext() + " " + iterator.next());  // like next(it)
        System.out.println(iterator.hasNext() + " " + iterator.next());
        System.out.println(iterator.hasNext());                     // Python would raise StopIteration on the next next()
        // @end
    }
}
