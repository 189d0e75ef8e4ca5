import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** filter keeps the elements for which the predicate is true. */
public class FilterOdd {

    public static void main(String[] args) {
        // @start region=filter
        List<Integer> odds = Stream.of(1, 2, 3, 4, 5)
                // like filter(is_odd, [1, 2, 3, 4, 5])
                .filter(x -> x % 2 == 1)
                .collect(Collectors.toList());
        System.out.println("odds = " + odds);
        // @end
    }
}
