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
        private int unfinished;                       // guarded by this

        void put(T item) throws InterruptedException {
            synchronized (this) {
                unfinished++;                         // count first, so join() never misses it
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
                notifyAll();                          // wake everyone waiting in join()
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
            q.join();                                 // wait until everything put is processed
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
                while (true) {                        // no exit: relies on being a daemon
                    q.take();
                    processed.incrementAndGet();
                    q.taskDone();                     // tell join() this item is finished
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        List<Thread> consumers = List.of(new Thread(consumer, "c1"), new Thread(consumer, "c2"));
        for (Thread c : consumers) {
            c.setDaemon(true);                        // c1.daemon = True
            c.start();
        }

        List<Thread> producers = List.of(
                new Thread(() -> produce(q, "baozi"), "p1"),
                new Thread(() -> produce(q, "mantou"), "p2"));
        producers.forEach(Thread::start);
        for (Thread p : producers) p.join();          // each producer returns after its q.join()

        System.out.println("processed when the producers returned: " + processed.get());
        System.out.println("consumers still alive: "
                + consumers.stream().filter(Thread::isAlive).count());   // waiting in take() for ever
        try {
            q.taskDone();                             // one more than items taken
        } catch (IllegalStateException e) {
            System.out.println("extra taskDone(): " + e.getMessage());
        }
        // main ends here; the JVM does not wait for daemon threads
        // @end
    }
}
