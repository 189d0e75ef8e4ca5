import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Object... varargs: which arguments spread into the array, and which stay one. */
public class VarargsSpread {

    // @start region=testa
    // Like def testa(*v): print(list(v))
    static void testa(Object... v) {
        System.out.println(v.length + " argument(s): " + Arrays.deepToString(v));
    }
    // @end

    public static void main(String[] args) {
        // @start region=spread
        testa(1, 2, 3);  // three arguments
        testa(List.of("a", "b", "c"));  // a List is ONE argument
        testa("a", "b", List.of("c", "d", "e"));  // the list stays nested
        String[] letters = {"a", "b", "c"};
        // cast to Object[]: spread, like testa(*letters)
        testa((Object[]) letters);
        // cast to Object: one argument, the array itself
        testa((Object) letters);
        // spread a List explicitly, like testa(*lst)
        testa(List.of("a", "b", "c").toArray());
        // an int[] is not an Object[]: one argument
        testa(new int[] {1, 2, 3});
        // @end

        // @start region=map
        // keeps insertion order, like a dict
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("a", 1);
        d.put("b", 2);
        testa(d);  // like f(d): one positional argument
        // like f(*d): the keys as separate arguments
        testa(d.keySet().toArray());
        // @end
    }
}
