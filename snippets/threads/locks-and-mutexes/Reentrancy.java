import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class Reentrancy {

    static final ReentrantLock lock = new ReentrantLock();
    static int num = 0;

    // @start region=recursive
    static void countdown(int n) {
        // the owner may lock again: hold count + 1
        lock.lock();
        try {
            System.out.println("depth " + n + ": hold count " + lock.getHoldCount());
            if (n < 3) {
                countdown(n + 1);
            }
        } finally {
            // every lock() needs its own unlock()
            lock.unlock();
        }
    }

    // synchronized is reentrant too
    static synchronized void outer() {
        inner();
    }

    static synchronized void inner() {
        System.out.println("inner() entered while outer() holds the same monitor");
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=many
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {           // the note starts 20,000
            Thread t = new Thread(() -> {
                lock.lock();
                try {
                    num += 1;
                } finally {
                    lock.unlock();
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("num: " + num);
        // @end

        countdown(1);
        System.out.println("hold count after returning: " + lock.getHoldCount());
        outer();
    }
}
