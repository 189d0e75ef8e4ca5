import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** multiprocessing.Queue(3)'s put/get semantics with an ArrayBlockingQueue. */
public class BoundedQueue {
    public static void main(String[] args) throws InterruptedException {
        // @start region=demo
        // @start region=full
        // Queue(3)
        BlockingQueue<String> q = new ArrayBlockingQueue<>(3);
        q.put("message 1");
        q.put("message 2");
        System.out.println("full after 2 puts: " + (q.remainingCapacity() == 0));
        q.put("message 3");
        System.out.println("full after 3 puts: " + (q.remainingCapacity() == 0));

        long start = System.nanoTime();
        // put(item, True, 0.2)
        boolean accepted = q.offer("message 4", 200, TimeUnit.MILLISECONDS);
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("offer with timeout: " + accepted
                + ", waited at least 200 ms: " + (waitedMs >= 200));

        // put_nowait
        System.out.println("offer without waiting: " + q.offer("message 4"));
        try {
            // throws instead of returning false
            q.add("message 4");
        } catch (IllegalStateException e) {
            System.out.println("add: IllegalStateException: " + e.getMessage()
                    + ", size " + q.size());
        }
        // @end

        // @start region=empty
        while (!q.isEmpty()) {
            // get(): would block if empty
            System.out.println("take: " + q.take());
        }
        // get_nowait(), but null instead of Empty
        System.out.println("poll without waiting: " + q.poll());
        System.out.println("poll with timeout: " + q.poll(50, TimeUnit.MILLISECONDS));
        try {
            // the throwing variant
            q.remove();
        } catch (NoSuchElementException e) {
            System.out.println("remove: NoSuchElementException");
        }
        // @end

        // @start region=unbounded
        // Queue(): no limit
        BlockingQueue<Integer> unbounded = new LinkedBlockingQueue<>();
        System.out.println("unbounded capacity: " + unbounded.remainingCapacity()
                + " (Integer.MAX_VALUE)");
        // @end
        // @end
    }
}
