import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** yield from as flatMap: several sources spliced into one sequence. */
public class YieldFrom {

    // @start region=gen
    // Like def gen(*args): for item in args: yield from item
    static Stream<Object> gen(Stream<?>... parts) {
        return Stream.of(parts).flatMap(part -> part.map(x -> (Object) x));
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        String astr = "ABC";
        List<Integer> alist = List.of(1, 2, 3);
        Map<String, Object> adict = new LinkedHashMap<>();
        adict.put("name", "wangbm");
        adict.put("age", 18);
        // (i for i in range(4, 8))
        Stream<Integer> agen = IntStream.range(4, 8).boxed();

        List<Object> all = gen(
                // a String is not Iterable
                astr.chars().mapToObj(c -> (char) c),
                alist.stream(),
                adict.keySet().stream(),  // iterating a dict gives keys
                agen).collect(Collectors.toList());
        System.out.println(all);
        // @end
    }
}
