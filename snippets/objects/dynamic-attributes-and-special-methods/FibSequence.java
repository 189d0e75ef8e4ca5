import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntUnaryOperator;

/**
 * Python's special methods map to Java interfaces and conventions:
 * __iter__/__next__ -> Iterable/Iterator, __getitem__ -> get(n) and a range method,
 * __str__ -> toString(), __call__ -> a functional interface, __getattr__ -> an explicit lookup.
 */
public class FibSequence {

    // @start region=fib
    static final class Fib implements Iterable<Integer> {

        @Override
        public Iterator<Integer> iterator() {           // __iter__: a fresh iterator per loop
            return new Iterator<>() {
                private int a = 0;
                private int b = 1;

                @Override
                public boolean hasNext() {
                    return b <= 100_000;                 // the note's stop condition
                }

                @Override
                public Integer next() {                  // __next__
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

        long get(int n) {                                // __getitem__ with an int: f[n]
            long a = 1;
            long b = 1;
            for (int x = 0; x < n; x++) {
                long next = a + b;
                a = b;
                b = next;
            }
            return a;
        }

        List<Long> range(int start, int stop) {          // __getitem__ with a slice: f[start:stop]
            List<Long> result = new ArrayList<>();
            for (int x = start; x < stop; x++) {
                result.add(get(x));
            }
            return result;
        }

        @Override
        public String toString() {                       // __str__ (and, for println, __repr__)
            return "Fib(1, 1, 2, 3, 5, ...)";
        }
    }
    // @end

    // @start region=callable
    // __call__: an instance that can be "called" - in Java, by implementing a functional interface.
    static final class Adder implements IntUnaryOperator {
        private final int amount;

        Adder(int amount) {
            this.amount = amount;
        }

        @Override
        public int applyAsInt(int x) {
            return x + amount;
        }
    }
    // @end

    // @start region=getattr
    // __getattr__ runs only for names that normal lookup does not find. Java has no such hook:
    // an unknown field is a compile error. The nearest thing is an explicit lookup method.
    static final class Student {
        final String name = "Michael";

        Object attr(String attrName) {
            switch (attrName) {
                case "name":
                    return name;                         // found the normal way
                case "score":
                    return 99;                           // computed on demand
                default:
                    throw new IllegalArgumentException("'Student' object has no attribute '" + attrName + "'");
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=fibCalls
        Fib f = new Fib();
        List<Integer> all = new ArrayList<>();
        for (int v : f) {                                // for v in Fib():
            all.add(v);
        }
        System.out.println(all.size() + " values, last " + all.get(all.size() - 1));
        System.out.println("f[0]=" + f.get(0) + " f[1]=" + f.get(1) + " f[2]=" + f.get(2)
                + " f[10]=" + f.get(10) + " f[50]=" + f.get(50));
        System.out.println("f[0:5]  = " + f.range(0, 5));
        System.out.println("f[5:10] = " + f.range(5, 10));
        System.out.println("str(f)  = " + f);
        // @end

        // @start region=otherCalls
        Adder addFive = new Adder(5);
        System.out.println("addFive(10) = " + addFive.applyAsInt(10));

        Student s = new Student();
        System.out.println("name = " + s.attr("name") + ", score = " + s.attr("score"));
        try {
            s.attr("age");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        // @end
    }
}
