import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** yield from as flatMap, a recursive flatten, and the itertools trio filter / map / zip. */
public class Flatten {

    // @start region=gen
    // Like def gen(*args): for item in args: yield from item
    static Stream<Object> gen(Stream<?>... parts) {
        return Stream.of(parts).flatMap(part -> part.map(x -> (Object) x));
    }
    // @end

    // @start region=flatten
    // Like flatten(items): descend into nested lists, keep strings whole.
    static Stream<Object> flatten(Object x) {
        if (x instanceof List<?>) {
            return ((List<?>) x).stream().flatMap(Flatten::flatten);   // yield from flatten(x)
        }
        return Stream.of(x);                                            // yield x
    }
    // @end

    public static void main(String[] args) {
        // @start region=genCalls
        String astr = "ABC";
        List<Integer> alist = List.of(1, 2, 3);
        Map<String, Object> adict = new LinkedHashMap<>();
        adict.put("name", "wangbm");
        adict.put("age", 18);
        Stream<Integer> agen = IntStream.range(4, 8).boxed();          // (i for i in range(4, 8))

        List<Object> all = gen(
                astr.chars().mapToObj(c -> (char) c),                   // a String is not Iterable
                alist.stream(),
                adict.keySet().stream(),                                // iterating a dict gives keys
                agen).collect(Collectors.toList());
        System.out.println(all);
        // @end

        // @start region=flattenCalls
        List<Object> nested = List.of(1, List.of(2, List.of(3, "ab")), List.of(4));
        System.out.println(flatten(nested).collect(Collectors.toList()));
        // @end

        // @start region=itertools
        List<Integer> nums = List.of(1, 2, 3, 4, 5);
        List<String> names = List.of("one", "two", "three");
        Iterator<Integer> odd = nums.stream().filter(n -> n % 2 == 1).iterator();   // filter()
        Iterator<Integer> squares = nums.stream().map(n -> n * n).iterator();       // map()
        System.out.println("first odd: " + odd.next() + ", first square: " + squares.next());
        List<String> zipped = IntStream.range(0, Math.min(nums.size(), names.size())) // zip()
                .mapToObj(i -> nums.get(i) + "=" + names.get(i))
                .collect(Collectors.toList());
        System.out.println("zip: " + zipped);
        // @end
    }
}
