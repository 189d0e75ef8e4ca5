import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The recursive flatten generator as a flatMap that calls itself. */
public class FlattenNested {

    // @start region=flatten
    // Like flatten(items): descend into nested lists, keep strings whole.
    static Stream<Object> flatten(Object x) {
        if (x instanceof List<?>) {
            // yield from flatten(x)
            return ((List<?>) x).stream().flatMap(FlattenNested::flatten);
        }
        return Stream.of(x);  // yield x
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        List<Object> nested = List.of(1, List.of(2, List.of(3, "ab")), List.of(4));
        System.out.println(flatten(nested).collect(Collectors.toList()));
        // @end
    }
}
