import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;

public class ThreadLocalStudent {

    // @start region=local
    // one global object
    static final ThreadLocal<String> localSchool = new ThreadLocal<>();

    // no parameter: reads this thread's value
    static void processStudent() {
        String std = localSchool.get();
        System.out.println("Hello, " + std + " (in "
                + Thread.currentThread().getName() + ")");
    }

    static void processThread(String name) {
        // bind the student for this thread only
        localSchool.set(name);
        try {
            // both threads have now set their value
            await(bothBound);
            if (name.equals("Bob")) {
                // (only to fix the order of the two lines)
                await(alicePrinted);
            }
            processStudent();
            alicePrinted.countDown();
        } finally {
            localSchool.remove();
        }
    }
    // @end

    static final CyclicBarrier bothBound = new CyclicBarrier(2);
    static final CountDownLatch alicePrinted = new CountDownLatch(1);

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        Thread t1 = new Thread(() -> processThread("Alice"), "Thread-A");
        Thread t2 = new Thread(() -> processThread("Bob"), "Thread-B");
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("main thread sees: " + localSchool.get());
        // @end
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
