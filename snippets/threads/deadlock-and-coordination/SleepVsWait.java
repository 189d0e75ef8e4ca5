public class SleepVsWait {

    static final Object lock = new Object();
    static boolean ready = false;                       // guarded by lock

    public static void main(String[] args) throws InterruptedException {
        // @start region=sleep
        Thread a = new Thread(() -> {
            synchronized (lock) {
                try {
                    // sleeps while holding the lock
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    System.out.println("A: woken from sleep, leaves the lock");
                }
            }
        }, "A");
        Thread b = new Thread(() -> {
            synchronized (lock) {
                System.out.println("B: got the lock");
            }
        }, "B");
        a.start();
        waitFor(a, Thread.State.TIMED_WAITING);
        b.start();
        // B cannot enter: A still owns the lock
        waitFor(b, Thread.State.BLOCKED);
        System.out.println("A sleeping: " + a.getState() + ", B: " + b.getState());
        a.interrupt();
        a.join();
        b.join();
        // @end

        // @start region=wait
        Thread c = new Thread(() -> {
            synchronized (lock) {
                // always wait in a loop, on a condition
                while (!ready) {
                    try {
                        // releases the lock while waiting
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                System.out.println("C: notified, has the lock again");
            }
        }, "C");
        Thread d = new Thread(() -> {
            // possible only because C released it
            synchronized (lock) {
                System.out.println("D: got the lock while C waits");
                ready = true;
                lock.notifyAll();
                System.out.println("D: notified, leaving");
            }
        }, "D");
        c.start();
        waitFor(c, Thread.State.WAITING);
        System.out.println("C waiting: " + c.getState());
        d.start();
        c.join();
        d.join();
        // @end
    }

    static void waitFor(Thread t, Thread.State state) {
        while (t.getState() != state) {
            Thread.onSpinWait();
        }
    }
}
