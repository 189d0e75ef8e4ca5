import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public class ConnectionPerThread {

    // @start region=connection
    /** Stands in for something that must not be shared between threads,
     *  like a JDBC connection. */
    static final class Connection {
        private static final AtomicInteger opened = new AtomicInteger();
        private final int id = opened.incrementAndGet();

        String query(String sql) {
            return "conn#" + id + " ran " + sql;
        }
    }

    static final ThreadLocal<Connection> connection =
            ThreadLocal.withInitial(Connection::new);

    // deep in the call chain, no parameter
    static String findUser(int n) {
        return connection.get().query("SELECT user " + n);
    }
    // @end

    public static void main(String[] args) throws InterruptedException {
        // @start region=use
        List<Thread> threads = new ArrayList<>();
        List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
        for (String name : List.of("worker-1", "worker-2")) {
            Thread t = new Thread(() -> {
                Connection first = connection.get();
                for (int i = 1; i <= 3; i++) {
                    findUser(i);
                }
                log.add(Thread.currentThread().getName()
                        + " used one connection for 3 queries: "
                        + (connection.get() == first));
            }, name);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        log.stream().sorted().forEach(System.out::println);
        System.out.println("connections opened: " + Connection.opened.get());
        // @end
    }
}
