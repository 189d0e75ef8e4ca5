import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A Fibonacci "generator" written as an Iterable:
 * its iterator keeps the paused state in fields.
 */
public class FibIterable {

    // @start region=fib
    // Like def fib(max): ... yield b ...
    // The iterator keeps n, a, b between calls to next().
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
                    // Python raises StopIteration
                    throw new NoSuchElementException();
                }
                int result = b;  // the value "yielded"
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
        // @start region=calls
        List<Integer> first = new ArrayList<>();
        for (int v : fib(6)) {  // for v in fib(6):
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
    }
}
