import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

public class MutexCounter {

    static int gNum = 0;

    public static void main(String[] args) throws InterruptedException {
        // @start region=mutex
        ReentrantLock mutex = new ReentrantLock();
        Runnable test = () -> {
            for (int i = 0; i < 1_000_000; i++) {
                // acquire(): blocks until it is ours
                mutex.lock();
                try {
                    gNum += 1;
                } finally {
                    // release(), even if the body throws
                    mutex.unlock();
                }
            }
        };
        Thread p1 = new Thread(test);
        Thread p2 = new Thread(test);
        p1.start();
        p2.start();
        p1.join();
        p2.join();
        System.out.println("g_num = " + gNum);
        // @end

        // @start region=trylock
        mutex.lock();                              // main holds the lock ...
        try {
            Thread other = new Thread(() -> {
                // acquire(False)
                System.out.println("tryLock():        " + mutex.tryLock());
                try {
                    // acquire(timeout=0.1)
                    System.out.println("tryLock(100 ms): "
                            + mutex.tryLock(100, TimeUnit.MILLISECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            other.start();
            other.join();
        } finally {
            mutex.unlock();                        // ... and releases it
        }
        System.out.println("main: tryLock() after unlock: " + mutex.tryLock());
        mutex.unlock();
        // @end
    }
}
