// notebake: release=21 mask=duration
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** 10,000 tasks that each block for 100 ms, one virtual thread per task. */
public class VirtualThreads {
    public static void main(String[] args) {
        // @start region=main
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService perTask = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10_000; i++) {
                perTask.submit(() -> {
                    // blocks the virtual thread, not its carrier
                    Thread.sleep(Duration.ofMillis(100));
                    done.incrementAndGet();
                    return null;
                });
            }
        // leaving the block calls close(), which waits for all tasks
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("tasks finished: " + done.get());
        System.out.println("wall time: " + ms
                + " ms (one after another would take 1000000 ms)");
        // @end
    }
}
