import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One instance per thread: the note's dict keyed by thread id, and ThreadLocal. */
public class ThreadSingletons {
    static final class Connection {
        final String openedBy = Thread.currentThread().getName();
    }

    // @start region=map
    // The note's recipe: a map from thread id to instance
    static final Map<Long, Connection> BY_THREAD_ID = new ConcurrentHashMap<>();

    // Java 19+ prefers threadId(); getId() is the Java 17 spelling
    @SuppressWarnings("deprecation")
    static Connection fromMap() {
        return BY_THREAD_ID.computeIfAbsent(Thread.currentThread().getId(),
                id -> new Connection());
    }
    // @end

    // @start region=threadlocal
    // The tool made for it: each thread sees its own value, created on first use
    static final ThreadLocal<Connection> PER_THREAD =
            ThreadLocal.withInitial(Connection::new);
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=main
        Connection[] seen = new Connection[4];
        Thread t1 = new Thread(() -> {
            seen[0] = PER_THREAD.get();
            seen[1] = PER_THREAD.get();
        }, "worker-1");
        Thread t2 = new Thread(() -> {
            seen[2] = PER_THREAD.get();
            seen[3] = fromMap();
        }, "worker-2");
        t1.start(); t2.start();
        t1.join(); t2.join();

        System.out.println("worker-1 got the same instance twice: "
                + (seen[0] == seen[1]));
        System.out.println("worker-1 and worker-2 share an instance: "
                + (seen[0] == seen[2]));
        System.out.println("worker-2's instance was created by: " + seen[2].openedBy);
        System.out.println("main's instance was created by: "
                + PER_THREAD.get().openedBy);
        System.out.println("map entries left behind by finished threads: "
                + BY_THREAD_ID.size());
        // @end
    }
}
