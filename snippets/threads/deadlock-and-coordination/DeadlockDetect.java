import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.locks.ReentrantLock;

public class DeadlockDetect {

    static final ReentrantLock mutexA = new ReentrantLock();
    static final ReentrantLock mutexB = new ReentrantLock();
    static final List<String> gaveUp = new CopyOnWriteArrayList<>();

    // @start region=worker
    /** Locks first, then second, holding the first while it waits at the barrier. */
    static Thread worker(String name, ReentrantLock first, ReentrantLock second,
                         CyclicBarrier bothHoldOne) {
        return new Thread(() -> {
            try {
                first.lockInterruptibly();
                try {
                    System.out.println(name + " ----up----");
                    // instead of the note's sleep(1)
                    bothHoldOne.await();
                    // waits for the other thread's lock
                    second.lockInterruptibly();
                    try {
                        System.out.println(name + " ----down----");
                    } finally {
                        second.unlock();
                    }
                } finally {
                    first.unlock();
                }
            } catch (InterruptedException e) {
                // its finally blocks released its locks
                gaveUp.add(name);
            } catch (Exception e) {
                System.out.println(name + " failed: " + e);
            }
        }, name);
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=deadlock
        CyclicBarrier barrier = new CyclicBarrier(2);
        // A, then B
        Thread t1 = worker("Thread-1", mutexA, mutexB, barrier);
        // B, then A
        Thread t2 = worker("Thread-2", mutexB, mutexA, barrier);
        t1.start();
        while (t1.getState() != Thread.State.WAITING) {
            // (only so that Thread-1 prints first)
            Thread.onSpinWait();
        }
        t2.start();

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ids = null;
        for (int i = 0; i < 300 && ids == null; i++) {
            Thread.sleep(10);
            // null while there is no deadlock
            ids = mx.findDeadlockedThreads();
        }
        if (ids == null) {
            System.out.println("no deadlock found");
        } else {
            String[] names = Arrays.stream(mx.getThreadInfo(ids))
                    .map(ThreadInfo::getThreadName).sorted().toArray(String[]::new);
            System.out.println("deadlocked: " + Arrays.toString(names));
            System.out.println("states: " + t1.getState() + ", " + t2.getState());
        }
        // lockInterruptibly() lets us pick a victim
        t1.interrupt();
        t1.join();
        // Thread-2 now gets mutexA and finishes
        t2.join();
        System.out.println("gave up: " + gaveUp);
        // @end

        // @start region=fixed
        int[] done = {0};
        Runnable sameOrder = () -> {
            // everyone: A first ...
            mutexA.lock();
            try {
                // ... then B
                mutexB.lock();
                try {
                    done[0]++;
                } finally {
                    mutexB.unlock();
                }
            } finally {
                mutexA.unlock();
            }
        };
        Thread t3 = new Thread(sameOrder);
        Thread t4 = new Thread(sameOrder);
        t3.start();
        t4.start();
        t3.join();
        t4.join();
        System.out.println("same lock order everywhere: " + done[0]
                + " of 2 threads finished");
        // @end
    }
}
