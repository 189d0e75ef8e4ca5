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
        Stream<Integer> agen = IntStream.range(4, 8).boxed();          // (i for i in range(4, 8))

        List<Object> all = gen(
                astr.chars().mapToObj(c -> (char) c),                   // a String is not Iterable
                alist.stream(),
                adict.keySet().stream(),                                // iterating a dict gives keys
                agen).collect(Collectors.toList());
        System.out.println(all);
        // @end
    }
}
