// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;

public class IoBoundThreads {

    public static void main(String[] args) throws InterruptedException {
        // @start region=io
        int downloads = 4;
        long waitMs = 300;                          // stands in for a slow network read
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < downloads; i++) {
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(waitMs);           // a waiting thread uses no CPU
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
        System.out.println(downloads + " waits of " + waitMs + " ms took " + ms + " ms");
        System.out.println("the waits overlapped: " + (ms < downloads * waitMs));
        // @end
    }
}
