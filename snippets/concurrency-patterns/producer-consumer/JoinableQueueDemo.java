import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** A small JoinableQueue (task_done + join) and the consumers it leaves behind. */
public class JoinableQueueDemo {
    // @start region=queue
    /** Like Python's JoinableQueue: counts items put but not yet marked done. */
    static final class JoinableQueue<T> {
        private final BlockingQueue<T> items = new LinkedBlockingQueue<>();
        // guarded by this
        private int unfinished;

        void put(T item) throws InterruptedException {
            synchronized (this) {
                // count first, so join() never misses it
                unfinished++;
            }
            items.put(item);
        }

        T take() throws InterruptedException {
            return items.take();
        }

        synchronized void taskDone() {
            if (unfinished == 0) {
                throw new IllegalStateException("task_done() called too many times");
            }
            if (--unfinished == 0) {
                // wake everyone waiting in join()
                notifyAll();
            }
        }

        synchronized void join() throws InterruptedException {
            while (unfinished > 0) {
                wait();
            }
        }
    }
    // @end

    // @start region=producer
    static void produce(JoinableQueue<String> q, String food) {
        try {
            for (int i = 0; i < 10; i++) {
                q.put(food + i);
            }
            // wait until everything put is processed
            q.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        JoinableQueue<String> q = new JoinableQueue<>();
        AtomicInteger processed = new AtomicInteger();

        Runnable consumer = () -> {
            try {
                // no exit: relies on being a daemon
                while (true) {
                    q.take();
                    processed.incrementAndGet();
                    // tell join() this item is finished
                    q.taskDone();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Thread> consumers =
                List.of(new Thread(consumer, "c1"), new Thread(consumer, "c2"));
        for (Thread c : consumers) {
            // c1.daemon = True
            c.setDaemon(true);
            c.start();
        }

        List<Thread> producers = List.of(
                new Thread(() -> produce(q, "baozi"), "p1"),
                new Thread(() -> produce(q, "mantou"), "p2"));
        producers.forEach(Thread::start);
        // each producer returns after its q.join()
        for (Thread p : producers) p.join();

        System.out.println("processed when the producers returned: " + processed.get());
        // alive, and waiting in take() for ever
        System.out.println("consumers still alive: "
                + consumers.stream().filter(Thread::isAlive).count());
        try {
            // one more than items taken
            q.taskDone();
        } catch (IllegalStateException e) {
            System.out.println("extra taskDone(): " + e.getMessage());
        }
        // main ends here; the JVM does not wait for daemon threads
        // @end
    }
}
