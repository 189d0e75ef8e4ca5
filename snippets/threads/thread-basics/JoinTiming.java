// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class JoinTiming {

    static final long TASK_MS = 100;

    // @start region=task
    static void saySorry() {
        try {
            // the "slow" part of the task
            Thread.sleep(TASK_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=compare
        long t0 = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            // one after another
            saySorry();
        }
        long sequential = ms(t0);

        // holds the tasks back until main has looked (see the text)
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> {
                await(go);
                saySorry();
                finished.incrementAndGet();
            });
            threads.add(t);
            t.start();
        }
        // main goes on at once: start() does not wait
        long withoutJoin = ms(t0);
        int finishedWithoutJoin = finished.get();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long withJoin = ms(t0);

        System.out.println("5 calls in a row:       " + sequential + " ms");
        System.out.println("5 threads, no join:     " + withoutJoin + " ms");
        System.out.println("5 threads, then join(): " + withJoin + " ms");
        System.out.println("done, no join: " + finishedWithoutJoin + " tasks");
        System.out.println("done, join():  " + finished.get() + " tasks");
        boolean waited = withJoin >= TASK_MS;
        System.out.println("join() waited at least one task: " + waited);
        // @end
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
