// notebake: mask-regex="g_num = [0-9]+" mask-regex="lost [0-9]+"
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

public class LostUpdates {

    // volatile: every ++ really reads and writes memory
    static volatile int gNum = 0;
    static int lockedNum = 0;
    static final ReentrantLock lock = new ReentrantLock();

    public static void main(String[] args) throws InterruptedException {
        // @start region=race
        gNum = 0;
        CountDownLatch go = new CountDownLatch(1);
        Runnable add = () -> {
            // both threads start counting together
            await(go);
            for (int i = 0; i < 1_000_000; i++) {
                gNum++;                    // read, add, write: three steps
            }
        };
        Thread a = new Thread(add);
        Thread b = new Thread(add);
        a.start();
        b.start();
        go.countDown();
        a.join();
        b.join();
        System.out.println("2 x 1000000 unsynchronized: g_num = " + gNum
                + " (lost " + (2_000_000 - gNum) + ")");
        System.out.println("never more than 2000000: " + (gNum <= 2_000_000));
        // @end

        // @start region=locked
        Runnable addLocked = () -> {
            for (int i = 0; i < 1_000_000; i++) {
                lock.lock();
                try {
                    lockedNum++;
                } finally {
                    lock.unlock();
                }
            }
        };
        Thread c = new Thread(addLocked);
        Thread d = new Thread(addLocked);
        c.start();
        d.start();
        c.join();
        d.join();
        System.out.println("2 x 1000000 under a lock: " + lockedNum);
        // @end
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
