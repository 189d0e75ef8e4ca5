import java.util.LinkedHashMap;
import java.util.Map;

/** Iterating a map: keys, values and entries. */
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
    }
}
