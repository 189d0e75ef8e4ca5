import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which objects are Iterable in Java: collections yes, maps, strings and arrays no. */
public class IterableCheck {

    public static void main(String[] args) {
        // @start region=iterable
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("a", 1);

        Map<String, Object> things = new LinkedHashMap<>();
        things.put("List.of(1, 2, 3)", List.of(1, 2, 3));
        things.put("d.keySet()", d.keySet());
        things.put("d (a Map)", d);
        things.put("\"abc\" (a String)", "abc");
        things.put("new int[] {1, 2, 3}", new int[] {1, 2, 3});
        things.forEach((label, o) -> System.out.println(
                label + " instanceof Iterable: " + (o instanceof Iterable)));
        // @end
    }
}
