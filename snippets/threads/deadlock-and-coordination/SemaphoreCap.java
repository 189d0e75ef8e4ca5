import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class SemaphoreCap {

    public static void main(String[] args) throws InterruptedException {
        // @start region=cap
        // at most two workers at a time
        Semaphore permits = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Thread t = new Thread(() -> {
                try {
                    // blocks while two are inside
                    permits.acquire();
                    try {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        // the limited resource is in use
                        Thread.sleep(50);
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
        System.out.println("never more than 2 inside at once: "
                + (maxInside.get() <= 2));
        // @end
    }
}
