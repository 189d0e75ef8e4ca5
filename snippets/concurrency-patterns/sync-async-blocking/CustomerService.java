import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/** The customer-service analogy: four ways to wait for a message. */
public class CustomerService {
    static final String STOP = "stop";

    public static void main(String[] args) throws Exception {
        // @start region=patterns
        BlockingQueue<String> inbox = new LinkedBlockingQueue<>();

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
            // ...or do other useful work
            sleep(5);
        }
        System.out.println("B. main loop found by polling: " + m);

        // C. async + non-blocking: leave a callback; the desk calls it when a message
        //    arrives
        CountDownLatch notified = new CountDownLatch(1);
        onMessage("message 3", msg -> {
            System.out.println("C. callback notified with: " + msg);
            notified.countDown();
        });
        // only so that main does not end first
        notified.await();

        // D. async + blocking: ask to be notified, then wait for the notice anyway
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

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
