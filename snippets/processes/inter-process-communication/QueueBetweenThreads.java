import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

public class QueueBetweenThreads {

    static final String DONE = "<done>";                        // the sentinel, Python's None

    public static void main(String[] args) throws Exception {
        // @start region=concurrent
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        Thread writer = new Thread(() -> {
            for (String value : List.of("A", "B", "C")) {
                q.add(value);                                    // put
            }
            q.add(DONE);
        });
        List<String> got = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try {
                for (String value = q.take(); !value.equals(DONE); value = q.take()) {
                    got.add(value);                              // get(True): blocks until data
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        writer.start();
        reader.start();
        writer.join();
        reader.join();                                           // ends by itself: no terminate()
        System.out.println("reader got " + got);
        // @end

        // @start region=api
        BlockingQueue<Integer> small = new ArrayBlockingQueue<>(2);   // maxsize=2
        System.out.println("offer 1: " + small.offer(1));             // put_nowait
        System.out.println("offer 2: " + small.offer(2));
        System.out.println("offer 3: " + small.offer(3));             // full: false, no exception
        System.out.println("offer 3, wait 50 ms: " + small.offer(3, 50, TimeUnit.MILLISECONDS));
        System.out.println("size " + small.size() + ", remaining capacity " + small.remainingCapacity());
        System.out.println("poll: " + small.poll() + ", poll: " + small.poll());   // get_nowait
        System.out.println("poll when empty: " + small.poll());                    // null
        System.out.println("poll, wait 50 ms: " + small.poll(50, TimeUnit.MILLISECONDS));
        // @end

        // @start region=pool
        BlockingQueue<Character> shared = new LinkedBlockingQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> "dongGe".chars().forEach(c -> shared.add((char) c))).get();  // apply()
        String read = pool.submit(() -> {
            StringBuilder sb = new StringBuilder();
            for (Character c = shared.poll(); c != null; c = shared.poll()) {
                sb.append(c);
            }
            return sb.toString();
        }).get();
        pool.shutdown();
        System.out.println("pool reader got: " + read);
        // @end
    }
}
