import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A fixed pool of 4 threads, 6 tasks: Pool(4) + apply_async + close() + join(). */
public class FixedPool {
    public static void main(String[] args) throws InterruptedException {
        // @start region=pool
        // Pool(4)
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        // makes the overlap certain, not likely
        CountDownLatch fourStarted = new CountDownLatch(4);

        for (int i = 0; i < 6; i++) {
            // apply_async: returns at once
            pool.submit(() -> {
                int now = running.incrementAndGet();
                mostAtOnce.accumulateAndGet(now, Math::max);
                fourStarted.countDown();
                try {
                    // wait until 4 tasks run together
                    fourStarted.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
            });
        }
        System.out.println("submitted 6 tasks to a pool of 4 threads");

        // close(): no new tasks
        pool.shutdown();
        try {
            pool.submit(() -> System.out.println("never runs"));
        } catch (RejectedExecutionException e) {
            System.out.println("submit after shutdown(): RejectedExecutionException");
        }
        // join()
        boolean finished = pool.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("all tasks finished: " + finished);
        System.out.println("most tasks running at once: " + mostAtOnce.get());
        // @end
    }
}
