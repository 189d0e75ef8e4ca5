import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A blocking call waits until the result exists; a non-blocking call answers at once.
 */
public class TakeVsPoll {
    public static void main(String[] args) throws Exception {
        // @start region=block
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        System.out.println("poll() on an empty inbox returns at once: " + inbox.poll());

        CountDownLatch waiting = new CountDownLatch(1);
        Thread sender = new Thread(() -> {
            await(waiting);
            sleep(100);
            inbox.add("hello");
        });
        sender.start();
        long start = System.nanoTime();
        waiting.countDown();
        // the calling thread is suspended here
        String got = inbox.take();
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("take() returned '" + got
                + "', having waited at least 100 ms: " + (waitedMs >= 100));
        sender.join();
        // @end
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
