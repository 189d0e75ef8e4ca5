import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SharedMapUpdates {

    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        Map<String, List<Character>> lists = new ConcurrentHashMap<>();
        // d['abc'] = list('asdf')
        lists.put("abc", List.of('a', 's', 'd', 'f'));

        // @start region=updates
        Runnable work = () -> {
            for (int i = 0; i < 10_000; i++) {
                // read-modify-write in one call
                counts.merge("hits", 1, Integer::sum);
                // replace the whole value, computed from a copy
                lists.compute("abc", (key, old) -> {
                    List<Character> copy = new ArrayList<>(old);
                    copy.set(2, copy.get(2) == 'd' ? 'f' : 'd');
                    return List.copyOf(copy);
                });
            }
        };
        // @end
        Thread t1 = new Thread(work);
        Thread t2 = new Thread(work);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("hits: " + counts.get("hits"));
        System.out.println("abc after 20000 swaps: " + lists.get("abc"));

        // @start region=nested
        try {
            // d['abc'][2] = 'x'
            lists.get("abc").set(2, 'x');
        } catch (UnsupportedOperationException e) {
            System.out.println("the stored list is immutable: "
                    + e.getClass().getSimpleName());
        }
        // @end
    }
}
