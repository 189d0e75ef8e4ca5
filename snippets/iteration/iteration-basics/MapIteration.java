import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Iterating lists and maps: keys, values, entries, indexes, and what counts as Iterable. */
public class MapIteration {

    public static void main(String[] args) {
        // @start region=map
        Map<String, Integer> d = new LinkedHashMap<>();   // keeps insertion order, like a dict
        d.put("a", 1);
        d.put("b", 2);
        d.put("c", 3);

        for (String key : d.keySet()) {                    // for key in d:
            System.out.println("key " + key);
        }
        for (int value : d.values()) {                     // for value in d.values():
            System.out.println("value " + value);
        }
        for (Map.Entry<String, Integer> e : d.entrySet()) { // for k, v in d.items():
            System.out.println(e.getKey() + " = " + e.getValue());
        }
        d.forEach((k, v) -> System.out.println(k + " -> " + v)); // the same with a lambda
        // @end

        // @start region=enumerate
        List<String> list = List.of("A", "B", "C");
        for (int i = 0; i < list.size(); i++) {            // for i, value in enumerate(list):
            System.out.println(i + " " + list.get(i));
        }
        IntStream.range(0, list.size())
                .mapToObj(i -> i + ":" + list.get(i))
                .forEach(System.out::println);
        // @end

        // @start region=iterable
        Map<String, Object> things = new LinkedHashMap<>();
        things.put("List.of(1, 2, 3)", List.of(1, 2, 3));
        things.put("d.keySet()", d.keySet());
        things.put("d (a Map)", d);
        things.put("\"abc\" (a String)", "abc");
        things.put("new int[] {1, 2, 3}", new int[] {1, 2, 3});
        things.forEach((label, o) ->
                System.out.println(label + " instanceof Iterable: " + (o instanceof Iterable)));
        // @end
    }
}
