import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Stream.iterate describes an infinite lazy sequence; takeWhile cuts it off. */
public class StreamFib {

    public static void main(String[] args) {
        // @start region=streamFib
        // each element is a pair (a, b); the next pair is (b, a + b)
        List<Integer> below100 = Stream
                .iterate(new int[] {1, 1}, p -> new int[] {p[1], p[0] + p[1]})
                .map(p -> p[0])
                .takeWhile(v -> v < 100)
                .collect(Collectors.toList());
        System.out.println("below 100: " + below100);
        // @end
    }
}
