// notebake: mask-regex="volatile count\\+\\+: [0-9]+"
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

public class AtomicVsVolatile {

    static final int PER_THREAD = 1_000_000;

    // @start region=fields
    // each read and each write is atomic
    static volatile int volatileCount = 0;
    static final AtomicInteger atomicCount = new AtomicInteger();
    static final Object lock = new Object();
    static int lockedCount = 0;                       // guarded by lock
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=three
        runTwice(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                // read, then write: two separate steps
                volatileCount++;
            }
        });
        runTwice(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                // one atomic read-modify-write
                atomicCount.incrementAndGet();
            }
        });
        runTwice(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                // a critical section of any size
                synchronized (lock) {
                    lockedCount++;
                }
            }
        });
        System.out.println("volatile count++: " + volatileCount);
        System.out.println("AtomicInteger:    " + atomicCount.get());
        System.out.println("synchronized:     " + lockedCount);
        // @end
    }

    /** Runs the loop in two threads that start together. */
    static void runTwice(Runnable loop) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        Runnable gated = () -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            loop.run();
        };
        Thread a = new Thread(gated);
        Thread b = new Thread(gated);
        a.start();
        b.start();
        go.countDown();
        a.join();
        b.join();
    }
}
