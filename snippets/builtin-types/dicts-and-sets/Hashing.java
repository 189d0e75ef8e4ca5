import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hash set finds duplicates through hashCode and equals, so both must agree. */
public class Hashing {
    // @start region=types
    /** No equals/hashCode: identity, like a Python class without __eq__/__hash__. */
    static final class PlainPoint {
        final int x, y;

        PlainPoint(int x, int y) {
            this.x = x;
            this.y = y;
        }
    }

    /** A record gets equals and hashCode from its components. */
    record Point(int x, int y) {}
    // @end

    public static void main(String[] args) {
        // @start region=dedup
        Set<PlainPoint> plain = new HashSet<>();
        plain.add(new PlainPoint(1, 2));
        plain.add(new PlainPoint(1, 2));
        System.out.println("PlainPoint set size: " + plain.size());

        Set<Point> points = new HashSet<>();
        points.add(new Point(1, 2));
        points.add(new Point(1, 2));
        System.out.println("Point set size:      " + points.size());
        // @end

        // @start region=mutableKey
        List<String> key = new ArrayList<>(List.of("a"));
        Map<List<String>, String> map = new HashMap<>();
        map.put(key, "value");                            // Python refuses a list key
        key.add("b");                                     // the key's hash code changes
        System.out.println("get after mutation:  " + map.get(key));
        System.out.println("containsKey:         " + map.containsKey(key)
                + ", size: " + map.size());
        // @end
    }
}
