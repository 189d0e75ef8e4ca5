// notebake: mask=duration
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * Inserting at the front shifts every element of an ArrayList; linked and circular
 * structures do not.
 */
public class FrontInserts {
    static final int N = 50_000;

    public static void main(String[] args) {
        long arrayList = time(() -> {
            List<Integer> list = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                list.add(0, i);                  // shifts all existing elements by one
            }
        });
        long linkedList = time(() -> {
            LinkedList<Integer> list = new LinkedList<>();
            for (int i = 0; i < N; i++) {
                list.addFirst(i);                // relinks two nodes
            }
        });
        long deque = time(() -> {
            ArrayDeque<Integer> list = new ArrayDeque<>();
            for (int i = 0; i < N; i++) {
                list.addFirst(i);                // moves a circular array's head
            }
        });
        System.out.println(N + " front inserts");
        System.out.println("ArrayList:  " + arrayList + " ms");
        System.out.println("LinkedList: " + linkedList + " ms");
        System.out.println("ArrayDeque: " + deque + " ms");
        System.out.println("ArrayList slowest: "
                + (arrayList > linkedList && arrayList > deque));
    }

    static long time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
