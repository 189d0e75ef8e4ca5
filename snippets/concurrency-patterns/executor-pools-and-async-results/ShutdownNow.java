import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * shutdownNow(), Java's Pool.terminate(): interrupt the running task, hand back the
 * queued ones.
 */
public class ShutdownNow {
    public static void main(String[] args) throws InterruptedException {
        // @start region=terminate
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch firstStarted = new CountDownLatch(1);
        single.submit(() -> {
            firstStarted.countDown();
            try {
                // a long task...
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                System.out.println("running task: interrupted by shutdownNow()");
            }
        });
        single.submit(() -> System.out.println("queued task 2 ran"));
        single.submit(() -> System.out.println("queued task 3 ran"));
        firstStarted.await();
        // terminate()
        List<Runnable> neverStarted = single.shutdownNow();
        single.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("queued tasks that never started: " + neverStarted.size());
        // @end
    }
}
