import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The note's "StatusableQueue" idea: consumers stop when no producer is alive and the
 * queue is empty.
 */
public class LiveProducers {
    // @start region=queue
    static final class StatusQueue<T> {
        final BlockingQueue<T> items;
        final AtomicInteger liveProducers;

        StatusQueue(int producers, int capacity) {
            items = new LinkedBlockingQueue<>(capacity);
            liveProducers = new AtomicInteger(producers);
        }

        void producerFinished() {
            // after the producer's last put()
            liveProducers.decrementAndGet();
        }

        /** Next item, or null once no producer is alive and nothing is left. */
        T next() throws InterruptedException {
            while (true) {
                // never block forever
                T item = items.poll(10, TimeUnit.MILLISECONDS);
                if (item != null) return item;
                // read count first
                if (liveProducers.get() == 0 && items.isEmpty()) return null;
            }
        }
    }

    /** A consumer: eat until next() says that everything is finished. */
    static void eat(StatusQueue<String> q, AtomicInteger eaten) {
        try {
            while (q.next() != null) eaten.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        StatusQueue<String> q = new StatusQueue<>(2, 20);
        AtomicInteger eaten = new AtomicInteger();

        for (String food : List.of("baozi", "mantou")) {
            new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) q.items.put(food + i);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    q.producerFinished();
                }
            }).start();                  // never joined
        }
        List<Thread> consumers = List.of(
                new Thread(() -> eat(q, eaten)), new Thread(() -> eat(q, eaten)));
        consumers.forEach(Thread::start);
        // joining the consumers is enough
        for (Thread c : consumers) c.join();
        System.out.println("eaten: " + eaten.get()
                + ", live producers: " + q.liveProducers.get());
        // @end
    }
}
