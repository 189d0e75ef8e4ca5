import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The note's Fib class in Java: __iter__/__next__ become Iterable/Iterator,
 * __getitem__ becomes get(n) and a range method, __str__ becomes toString().
 */
public class FibSequence {

    // @start region=fib
    static final class Fib implements Iterable<Integer> {

        // __iter__: a fresh iterator per loop
        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int a = 0;
                private int b = 1;

                @Override
                public boolean hasNext() {
                    return b <= 100_000;  // the note's stop condition
                }

                @Override
                public Integer next() {  // __next__
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    int next = a + b;
                    a = b;
                    b = next;
                    return a;
                }
            };
        }

        long get(int n) {  // __getitem__ with an int: f[n]
            long a = 1;
            long b = 1;
            for (int x = 0; x < n; x++) {
                long next = a + b;
                a = b;
                b = next;
            }
            return a;
        }

        // __getitem__ with a slice: f[start:stop]
        List<Long> range(int start, int stop) {
            List<Long> result = new ArrayList<>();
            for (int x = start; x < stop; x++) {
                result.add(get(x));
            }
            return result;
        }

        // __str__ (and, for println, __repr__)
        @Override
        public String toString() {
            return "Fib(1, 1, 2, 3, 5, ...)";
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        Fib f = new Fib();
        List<Integer> all = new ArrayList<>();
        for (int v : f) {  // for v in Fib():
            all.add(v);
        }
        System.out.println(all.size() + " values, last " + all.get(all.size() - 1));
        System.out.println("f[0]=" + f.get(0) + " f[1]=" + f.get(1)
                + " f[2]=" + f.get(2) + " f[10]=" + f.get(10)
                + " f[50]=" + f.get(50));
        System.out.println("f[0:5]  = " + f.range(0, 5));
        System.out.println("f[5:10] = " + f.range(5, 10));
        System.out.println("str(f)  = " + f);
        // @end
    }
}
