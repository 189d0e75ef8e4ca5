// notebake: release=21
import java.util.NoSuchElementException;
import java.util.concurrent.SynchronousQueue;
import java.util.function.Consumer;

/**
 * Liao Xuefeng's producer/consumer coroutine: send(n) resumes the consumer, which
 * replies "200 OK".
 */
public class SendCoroutine {
    // @start region=coroutine
    /** A generator-like coroutine on a virtual thread. Only one side runs at a time. */
    static final class Coroutine<I, O> {
        interface Yield<I, O> {
            // n = yield reply
            I yield(O reply);
        }

        private static final Object PRIME = new Object();
        private static final Object CLOSE = new Object();
        private static final Object DONE = new Object();
        private static final class GeneratorExit extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }

        private final SynchronousQueue<Object> in = new SynchronousQueue<>();
        private final SynchronousQueue<Object> out = new SynchronousQueue<>();

        @SuppressWarnings("unchecked")
        Coroutine(Consumer<Yield<I, O>> body) {
            Thread.ofVirtual().start(() -> {
                // wait to be primed
                take(in);
                try {
                    body.accept(reply -> {
                        // hand the reply to send()...
                        put(out, reply);
                        // ...and sleep until the next send()
                        Object next = take(in);
                        if (next == CLOSE) throw new GeneratorExit();
                        return (I) next;
                    });
                } catch (GeneratorExit e) {
                    // close() was called while suspended in yield
                }
                put(out, DONE);
            });
        }

        /** c.send(None): run the body up to its first yield. */
        @SuppressWarnings("unchecked")
        O prime() {
            put(in, PRIME);
            return (O) take(out);
        }

        @SuppressWarnings("unchecked")
        O send(I value) {
            put(in, value);
            Object reply = take(out);
            if (reply == DONE) {
                throw new NoSuchElementException("coroutine finished (StopIteration)");
            }
            return (O) reply;
        }

        void close() {
            put(in, CLOSE);
            // wait until the body has ended
            take(out);
        }

        private static Object take(SynchronousQueue<Object> q) {
            try {
                return q.take();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void put(SynchronousQueue<Object> q, Object v) {
            try {
                q.put(v);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
    // @end

    public static void main(String[] args) {
        // @start region=main
        // def consumer():
        Coroutine<Integer, String> c = new Coroutine<>(y -> {
            String r = "";
            while (true) {
                //     n = yield r
                int n = y.yield(r);
                System.out.println("[CONSUMER] Consuming " + n + "...");
                r = "200 OK";
            }
        });

        // c.send(None)
        c.prime();
        for (int n = 1; n <= 5; n++) {
            System.out.println("[PRODUCER] Producing " + n + "...");
            String r = c.send(n);
            System.out.println("[PRODUCER] Consumer return: " + r);
        }
        c.close();
        // @end
    }
}
