import java.lang.ref.Cleaner;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Cleanup actions for objects in a cycle: Cleaner runs both, because the actions cannot
 * see the objects.
 */
public class CleanerCycle {
    static final Cleaner CLEANER = Cleaner.create();
    static final Queue<String> LOG = new ConcurrentLinkedQueue<>();
    static final CountDownLatch BOTH_CLEANED = new CountDownLatch(2);

    // @start region=resource
    static final class Resource implements AutoCloseable {
        Resource partner;                                    // the cycle: A <-> B
        final String name;
        private final Cleaner.Cleanable cleanable;

        Resource(String name) {
            this.name = name;
            // the action must not refer to this Resource,
            // or it would keep the Resource reachable forever
            this.cleanable = CLEANER.register(this, () -> {
                LOG.add("released " + name);
                BOTH_CLEANED.countDown();
            });
        }

        @Override
        public void close() {
            cleanable.clean();   // runs the action at most once
        }
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=cycle
        Resource a = new Resource("A");
        Resource b = new Resource("B");
        a.partner = b;
        b.partner = a;
        a = null;
        b = null;                                            // the cycle is now garbage
        for (int i = 0; i < 20 && BOTH_CLEANED.getCount() > 0; i++) {
            System.gc();
            BOTH_CLEANED.await(50, TimeUnit.MILLISECONDS);
        }
        System.out.println("after GC: " + LOG.stream().sorted().toList());
        // @end

        // @start region=explicit
        LOG.clear();
        try (Resource c = new Resource("C")) {
            LOG.add("using " + c.name);
        }   // close() runs the action now, not at GC time
        System.out.println("with try-with-resources: " + List.copyOf(LOG));
        // @end
    }
}
