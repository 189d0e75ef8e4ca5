// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;

public class IoBoundThreads {

    public static void main(String[] args) throws InterruptedException {
        // @start region=io
        int downloads = 4;
        // stands in for a slow network read
        long waitMs = 300;
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < downloads; i++) {
            Thread t = new Thread(() -> {
                try {
                    // a waiting thread uses no CPU
                    Thread.sleep(waitMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(downloads + " waits of " + waitMs + " ms: " + ms + " ms");
        long inARow = downloads * waitMs;
        System.out.println("one after another: at least " + inARow + " ms");
        // @end
    }
}
