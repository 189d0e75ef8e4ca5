import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A new iterator per call starts over; one iterator kept in a variable advances. */
public class FreshVsReused {

    public static void main(String[] args) {
        // @start region=freshVsReused
        List<Integer> items = IntStream.range(0, 10).boxed()
                .collect(Collectors.toList());

        List<Integer> fresh = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            // next(flatten(items)): a new iterator each time
            fresh.add(items.iterator().next());
        }
        System.out.println("fresh iterator each time: " + fresh);

        Iterator<Integer> tmp = items.iterator();  // tmp = flatten(items)
        List<Integer> reused = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            // next(tmp): the same iterator advances
            reused.add(tmp.next());
        }
        System.out.println("one iterator reused:      " + reused);
        // @end
    }
}
