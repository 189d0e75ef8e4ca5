import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A closure as a tiny object: a factory remembers an index and returns a sort key. */
public class ItemGetter {

    // @start region=itemgetter
    // The index is remembered by the returned Comparator, like a private field.
    static Comparator<List<String>> itemGetter(int index) {
        return Comparator.comparing(row -> row.get(index));
    }
    // @end

    public static void main(String[] args) {
        // @start region=calls
        List<List<String>> people = new ArrayList<>(List.of(
                List.of("bob", "Paris"),
                List.of("ann", "Tokyo"),
                List.of("eve", "Lima")));
        people.sort(itemGetter(1));  // sort by the second item
        System.out.println("by city: " + people);
        people.sort(itemGetter(0));  // sort by the first item
        System.out.println("by name: " + people);
        // @end
    }
}
