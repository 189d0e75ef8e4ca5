import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;

/**
 * An iterator that is its own iterable (one pass only)
 * vs an iterable that hands out fresh iterators.
 */
public class ReverseIterator {

    // @start region=reverse
    // Like class Reverse: __iter__ returns self, __next__ walks backwards.
    static final class Reverse implements Iterator<Character>, Iterable<Character> {
        private final String data;
        private int index;

        Reverse(String data) {
            this.data = data;
            this.index = data.length();
        }

        @Override
        public Iterator<Character> iterator() {
            return this;  // __iter__ returns self
        }

        @Override
        public boolean hasNext() {
            return index > 0;
        }

        @Override
        public Character next() {
            if (index == 0) {
                // raise StopIteration
                throw new NoSuchElementException();
            }
            index--;
            return data.charAt(index);
        }
    }
    // @end

    // @start region=reverseIterable
    // Like the generator function reverse(data), but re-iterable:
    // each loop gets a new iterator.
    static Iterable<Character> reversed(String data) {
        return () -> IntStream.iterate(data.length() - 1, i -> i >= 0, i -> i - 1)
                .mapToObj(data::charAt)
                .iterator();
    }
    // @end

    static List<Character> collect(Iterable<Character> source) {
        List<Character> out = new ArrayList<>();
        for (char c : source) {
            out.add(c);
        }
        return out;
    }

    public static void main(String[] args) {
        // @start region=calls
        Reverse rev = new Reverse("spam");
        System.out.println("Reverse, first loop:  " + collect(rev));
        // already exhausted
        System.out.println("Reverse, second loop: " + collect(rev));

        Iterable<Character> gen = reversed("spam");
        System.out.println("reversed, first loop:  " + collect(gen));
        // a fresh iterator
        System.out.println("reversed, second loop: " + collect(gen));
        // @end
    }
}
