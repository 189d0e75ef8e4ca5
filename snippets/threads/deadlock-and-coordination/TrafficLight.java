import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class TrafficLight {

    // @start region=event
    /** Python's threading.Event: a flag that threads can wait for;
     *  it can be cleared and set again. */
    static final class Event {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition changed = lock.newCondition();
        private boolean flag;

        void set() {
            lock.lock();
            try {
                flag = true;
                // wake every waiting thread
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }

        void clear() {
            lock.lock();
            try {
                flag = false;
            } finally {
                lock.unlock();
            }
        }

        boolean isSet() {
            lock.lock();
            try {
                return flag;
            } finally {
                lock.unlock();
            }
        }

        // Event.wait(): blocks while the flag is false
        void await() throws InterruptedException {
            lock.lock();
            try {
                while (!flag) {
                    changed.await();
                }
            } finally {
                lock.unlock();
            }
        }

        // for this demo only: how many are blocked
        int waiting() {
            lock.lock();
            try {
                return lock.getWaitQueueLength(changed);
            } finally {
                lock.unlock();
            }
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        Event event = new Event();
        // These two semaphores only make the printed order repeatable;
        // a real car needs neither.
        Semaphore nextCycle = new Semaphore(0);
        Semaphore passed = new Semaphore(0);

        // @start region=car
        Thread car = new Thread(() -> {
            try {
                for (int cycle = 0; cycle < 3; cycle++) {
                    nextCycle.acquire();
                    if (event.isSet()) {
                        System.out.println("[MINI] running...");
                    } else {
                        System.out.println("[MINI] sees red light, waiting...");
                        event.await();
                        System.out.println("[MINI] green light is on, start going...");
                    }
                    passed.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "car");
        // a bug in the demo cannot hang the JVM
        car.setDaemon(true);
        // @end

        // @start region=light
        car.start();
        // three cycles instead of the note's while True
        for (int cycle = 0; cycle < 3; cycle++) {
            event.clear();
            System.out.println("red light is on...");
            nextCycle.release();
            while (event.waiting() == 0) {
                // until the car is blocked in await()
                Thread.sleep(1);
            }
            System.out.println("green light is on...");
            event.set();
            passed.acquire();
        }
        car.join();
        // @end
    }
}
