import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The lazy trio filter / map / zip with streams. */
public class IterTools {

    public static void main(String[] args) {
        // @start region=itertools
        List<Integer> nums = List.of(1, 2, 3, 4, 5);
        List<String> names = List.of("one", "two", "three");
        // filter()
        Iterator<Integer> odd = nums.stream().filter(n -> n % 2 == 1).iterator();
        // map()
        Iterator<Integer> squares = nums.stream().map(n -> n * n).iterator();
        System.out.println("first odd: " + odd.next()
                + ", first square: " + squares.next());
        // zip()
        List<String> zipped = IntStream.range(0, Math.min(nums.size(), names.size()))
                .mapToObj(i -> nums.get(i) + "=" + names.get(i))
                .collect(Collectors.toList());
        System.out.println("zip: " + zipped);
        // @end
    }
}
