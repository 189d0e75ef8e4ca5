import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

public class SharedMapUpdates {

    public static void main(String[] args) throws InterruptedException {
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        Map<String, List<Character>> lists = new ConcurrentHashMap<>();
        lists.put("abc", List.of('a', 's', 'd', 'f'));          // d['abc'] = list('asdf')

        // @start region=updates
        Runnable work = () -> {
            for (int i = 0; i < 10_000; i++) {
                counts.merge("hits", 1, Integer::sum);           // read-modify-write in one call
                lists.compute("abc", (key, old) -> {             // replace the whole value ...
                    List<Character> copy = new ArrayList<>(old); // ... computed from a copy
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
            lists.get("abc").set(2, 'x');                        // d['abc'][2] = 'x'
        } catch (UnsupportedOperationException e) {
            System.out.println("the stored list is immutable: " + e.getClass().getSimpleName());
        }
        // @end
    }
}
