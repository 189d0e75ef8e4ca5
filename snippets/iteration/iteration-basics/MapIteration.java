import java.util.LinkedHashMap;
import java.util.Map;

/** Iterating a map: keys, values and entries. */
public class MapIteration {

    public static void main(String[] args) {
        // @start region=map
        // keeps insertion order, like a dict
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("a", 1);
        d.put("b", 2);
        d.put("c", 3);

        for (String key : d.keySet()) {  // for key in d:
            System.out.println("key " + key);
        }
        for (int value : d.values()) {  // for value in d.values():
            System.out.println("value " + value);
        }
        // for k, v in d.items():
        for (Map.Entry<String, Integer> e : d.entrySet()) {
            System.out.println(e.getKey() + " = " + e.getValue());
        }
        // the same with a lambda
        d.forEach((k, v) -> System.out.println(k + " -> " + v));
        // @end
    }
}
