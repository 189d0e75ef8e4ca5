import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A stream pipeline as Java's comprehension:
 * its lambda parameter does not touch outer locals.
 */
public class StreamScope {

    public static void main(String[] args) {
        // @start region=stream
        int i = 1;
        List<Integer> squares = IntStream.range(0, 5)
                // the lambda parameter must not be named i
                .map(n -> n * n)
                .boxed()
                .collect(Collectors.toList());
        System.out.println(squares + ", i is still " + i);
        // @end
    }
}
