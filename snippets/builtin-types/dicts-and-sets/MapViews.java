import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Live views, defaultdict-style grouping, and insertion order. */
public class MapViews {
    public static void main(String[] args) {
        // @start region=views
        Map<String, Integer> d = new LinkedHashMap<>();
        d.put("a", 1);
        d.put("b", 2);
        Set<String> keys = d.keySet();                    // no copy: a live view of d
        Collection<Integer> values = d.values();
        Set<Map.Entry<String, Integer>> items = d.entrySet();
        d.put("c", 3);
        System.out.println("keys " + keys + ", values " + values + ", items " + items);
        keys.remove("a");                                 // also removes it from d
        System.out.println("after keys.remove(\"a\"): " + d);
        System.out.println("keys contain all of [b, c]: "
                + keys.containsAll(List.of("b", "c")));
        // @end

        // @start region=defaultdict
        Map<String, List<Integer>> groups = new HashMap<>();
        groups.computeIfAbsent("a", k -> new ArrayList<>()).add(1); // d["a"].append(1)
        groups.computeIfAbsent("a", k -> new ArrayList<>()).add(2); // d["a"].append(2)
        System.out.println("groups.get(\"a\") = " + groups.get("a"));

        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) {
            counts.merge(c, 1, Integer::sum);             // defaultdict(int): d[c] += 1
        }
        System.out.println("counts = " + counts
                + ", z -> " + counts.getOrDefault('z', 0));
        // @end

        // @start region=order
        Map<String, Integer> linked = new LinkedHashMap<>();
        Map<String, Integer> sorted = new TreeMap<>();
        for (String word : List.of("zebra", "apple", "mango")) {
            linked.put(word, word.length());
            sorted.put(word, word.length());
        }
        System.out.println("LinkedHashMap (insertion order): " + linked.keySet());
        System.out.println("TreeMap (sorted by key):         " + sorted.keySet());
        // @end
    }
}
