// notebake: mask=duration
import java.util.ArrayList;
import java.util.List;

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
            saySorry();                                // one after another
        }
        long sequential = ms(t0);

        t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(JoinTiming::saySorry);
            threads.add(t);
            t.start();
        }
        // measured before the threads finish
        long withoutJoin = ms(t0);
        for (Thread t : threads) {
            t.join();
        }
        long withJoin = ms(t0);

        System.out.println("5 calls in a row:        " + sequential + " ms");
        System.out.println("5 threads, no join:      " + withoutJoin + " ms");
        System.out.println("5 threads, then join():  " + withJoin + " ms");
        System.out.println("without join, main did not wait one task: " + (withoutJoin < TASK_MS));
        System.out.println("with join, main waited at least one task: " + (withJoin >= TASK_MS));
        System.out.println("threads beat the loop: " + (withJoin < sequential));
        // @end
    }

    static long ms(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }
}
