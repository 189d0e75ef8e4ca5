import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

public class ClassVsInstanceLock {

    // @start region=widget
    static class Widget {
        // class-level data: one counter for all Widgets
        private static int instances = 0;
        private int uses = 0;                 // instance data: one per Widget

        Widget() {
            countInstance();
        }

        // locks Widget.class: the class lock
        static synchronized void countInstance() {
            instances++;
        }

        // locks this Widget: an instance lock
        synchronized void use() {
            uses++;
        }

        static synchronized int instances() {
            return instances;
        }

        synchronized int uses() {
            return uses;
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=count
        Runnable create = () -> {
            for (int i = 0; i < 50_000; i++) {
                new Widget().use();
            }
        };
        Thread a = new Thread(create);
        Thread b = new Thread(create);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("instances: " + Widget.instances());
        // @end

        // @start region=proof
        // Can two threads be inside a synchronized method at the same time?
        Object w1 = new Object();
        Object w2 = new Object();
        System.out.println("instance locks of two objects, both inside at once: "
                + bothInside(w1, w2, 5_000));
        Object classLock = ClassVsInstanceLock.class;
        System.out.println("one class lock, both inside at once: "
                + bothInside(classLock, classLock, 300));
        // @end
    }

    /** Each thread enters synchronized(lock) and waits there for the other thread. */
    static boolean bothInside(Object lockA, Object lockB, long waitMs)
            throws InterruptedException {
        CyclicBarrier meet = new CyclicBarrier(2);
        boolean[] met = new boolean[2];
        Thread[] threads = new Thread[2];
        Object[] locks = {lockA, lockB};
        for (int i = 0; i < 2; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                synchronized (locks[me]) {
                    try {
                        meet.await(waitMs, TimeUnit.MILLISECONDS);
                        met[me] = true;
                    } catch (TimeoutException | BrokenBarrierException e) {
                        // the other thread could not get in
                        met[me] = false;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return met[0] && met[1];
    }
}
