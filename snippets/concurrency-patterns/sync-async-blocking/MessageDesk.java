import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** Blocking vs non-blocking calls, and the note's four ways to wait for a message. */
public class MessageDesk {
    static final String STOP = "stop";

    public static void main(String[] args) throws Exception {
        // @start region=block
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();
        System.out.println("poll() on an empty inbox returns at once: " + inbox.poll());

        CountDownLatch waiting = new CountDownLatch(1);
        Thread sender = new Thread(() -> {
            await(waiting);
            sleep(100);
            inbox.add("hello");
        });
        sender.start();
        long start = System.nanoTime();
        waiting.countDown();
        String got = inbox.take();                      // the calling thread is suspended here
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("take() returned '" + got + "', having waited at least 100 ms: " + (waitedMs >= 100));
        sender.join();
        // @end

        // @start region=patterns
        // A. sync + blocking: a dedicated thread loops on take()
        Thread receiver = new Thread(() -> {
            for (String m = take(inbox); !m.equals(STOP); m = take(inbox)) {
                System.out.println("A. receiver thread got: " + m);
            }
        });
        receiver.start();
        inbox.add("message 1");
        inbox.add(STOP);
        receiver.join();

        // B. sync + non-blocking: the main loop polls and sleeps in between
        deliverLater(inbox, "message 2");
        String m;
        while ((m = inbox.poll()) == null) {
            sleep(5);                                   // ...or do other useful work
        }
        System.out.println("B. main loop found by polling: " + m);

        // C. async + non-blocking: leave a callback; the desk calls it when a message arrives
        CountDownLatch notified = new CountDownLatch(1);
        onMessage("message 3", msg -> {
            System.out.println("C. callback notified with: " + msg);
            notified.countDown();
        });
        notified.await();                               // only so that main does not end first

        // D. async + blocking: ask to be notified, then wait for the notification anyway
        CompletableFuture<String> reply = new CompletableFuture<>();
        onMessage("message 4", reply::complete);
        System.out.println("D. get() on the notification returned: " + reply.get());
        // @end
    }

    /** The "desk": delivers a message to a listener later, on its own thread. */
    static void onMessage(String message, Consumer<String> listener) {
        new Thread(() -> {
            sleep(20);
            listener.accept(message);
        }, "desk").start();
    }

    static void deliverLater(BlockingQueue<String> q, String message) {
        new Thread(() -> {
            sleep(20);
            q.add(message);
        }).start();
    }

    static String take(BlockingQueue<String> q) {
        try {
            return q.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return STOP;
        }
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
