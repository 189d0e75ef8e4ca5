import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * map applies a function to every element;
 * reduce folds the elements with a two-argument function.
 */
public class MapReduce {

    public static void main(String[] args) {
        // @start region=map
        List<Integer> squares = Stream.of(1, 2, 3, 4)
                .map(x -> x * x)  // like map(f, [1, 2, 3, 4])
                .collect(Collectors.toList());  // like list(r)
        System.out.println("squares = " + squares);
        // @end

        // @start region=reduce
        int number = IntStream.of(1, 2, 3, 4)
                // like reduce(fn, [1, 2, 3, 4])
                .reduce((x, y) -> x * 10 + y)
                .getAsInt();
        System.out.println("reduce x*10+y = " + number);
        // @end
    }
}
