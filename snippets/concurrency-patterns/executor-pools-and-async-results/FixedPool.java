import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of 4 threads running 6 tasks: Python's Pool(4) + apply_async + close() + join(). */
public class FixedPool {
    public static void main(String[] args) throws InterruptedException {
        // @start region=pool
        ExecutorService pool = Executors.newFixedThreadPool(4);   // Pool(4)
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch fourStarted = new CountDownLatch(4);        // makes the overlap certain, not likely

        for (int i = 0; i < 6; i++) {
            pool.submit(() -> {                                    // apply_async: returns at once
                int now = running.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                fourStarted.countDown();
                try {
                    fourStarted.await();                           // wait until 4 tasks run together
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
            });
        }
        System.out.println("submitted 6 tasks to a pool of 4 threads");

        pool.shutdown();                                           // close(): no new tasks
        try {
            pool.submit(() -> System.out.println("never runs"));
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown(): RejectedExecutionException");
        }
        boolean finished = pool.awaitTermination(5, TimeUnit.SECONDS);  // join()
        System.out.println("all tasks finished: " + finished);
        System.out.println("most tasks running at once: " + mostAtOnce.get());
        // @end
    }
}
