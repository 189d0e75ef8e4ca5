import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class SignalVsSignalAll {

    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ticketsIssued = lock.newCondition();
    static int tickets = 0;                            // guarded by lock
    static int served = 0;                             // guarded by lock

    public static void main(String[] args) throws InterruptedException {
        // @start region=condition
        List<Thread> customers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                lock.lock();
                try {
                    while (tickets == 0) {
                        // releases the lock while waiting
                        ticketsIssued.await();
                    }
                    tickets--;
                    served++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    lock.unlock();
                }
            });
            // a bug in the demo cannot hang the JVM
            t.setDaemon(true);
            customers.add(t);
            t.start();
        }
        waitUntil(() -> lock.getWaitQueueLength(ticketsIssued) == 3);

        lock.lock();
        try {
            tickets = 3;
            // wakes exactly one waiter
            ticketsIssued.signal();
        } finally {
            lock.unlock();
        }
        waitUntil(() -> served == 1);
        lock.lock();
        try {
            System.out.println("after signal():    served " + served
                    + ", still waiting " + lock.getWaitQueueLength(ticketsIssued));
        } finally {
            lock.unlock();
        }

        lock.lock();
        try {
            ticketsIssued.signalAll();                 // wakes all the others
        } finally {
            lock.unlock();
        }
        for (Thread t : customers) {
            t.join();
        }
        lock.lock();
        try {
            System.out.println("after signalAll(): served " + served
                    + ", still waiting " + lock.getWaitQueueLength(ticketsIssued));
        } finally {
            lock.unlock();
        }
        // @end

        // @start region=latch
        // a one-shot event: set once, never cleared
        CountDownLatch started = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                started.await();
                System.out.println("watcher: the event has happened");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watcher.start();
        started.countDown();                           // like event.set()
        watcher.join();
        System.out.println("latch count: " + started.getCount()
                + " (there is no clear())");
        // @end
    }

    interface Check {
        boolean ok();
    }

    /** Polls a condition under the lock;
     *  only used to make the demo's output repeatable. */
    static void waitUntil(Check check) throws InterruptedException {
        while (true) {
            lock.lock();
            try {
                if (check.ok()) {
                    return;
                }
            } finally {
                lock.unlock();
            }
            Thread.sleep(1);
        }
    }
}
