import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class SemaphoreCap {

    public static void main(String[] args) throws InterruptedException {
        // @start region=cap
        Semaphore permits = new Semaphore(2);            // at most two workers at a time
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> {
                try {
                    permits.acquire();                   // blocks while two are inside
                    try {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.sleep(50);                // the limited resource is in use
                        inside.decrementAndGet();
                    } finally {
                        permits.release();
                    }
                    finished.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        System.out.println("workers finished: " + finished.get());
        System.out.println("never more than 2 inside at once: " + (maxInside.get() <= 2));
        // @end
    }
}
