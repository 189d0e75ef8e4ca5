import java.util.Iterator;
import java.util.List;

/**
 * Iterable hands out iterators;
 * an Iterator yields one value per next() until hasNext() is false.
 */
public class IterableVsIterator {

    public static void main(String[] args) {
        // @start region=iterableIterator
        List<String> letters = List.of("x", "y");
        Iterable<String> iterable = letters;  // can be looped over
        // like iter(letters)
        Iterator<String> iterator = iterable.iterator();
        // like next(it)
        System.out.println(iterator.hasNext() + " " + iterator.next());
        System.out.println(iterator.hasNext() + " " + iterator.next());
        // false: Python would raise StopIteration on the next next()
        System.out.println(iterator.hasNext());
        // @end
    }
}
