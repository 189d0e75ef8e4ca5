import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class PooledThreadLocal {

    static final ThreadLocal<String> user = ThreadLocal.withInitial(() -> "anonymous");

    public static void main(String[] args) throws Exception {
        // one thread, reused
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // @start region=leak
            // a task that forgets to clean up
            pool.submit(() -> user.set("alice")).get();
            System.out.println("next task sees: "
                    + pool.submit(() -> user.get()).get());
            // @end

            // @start region=clean
            pool.submit(() -> {
                user.set("bob");
                try {
                    return "handling a request for " + user.get();
                } finally {
                    // back to withInitial's value
                    user.remove();
                }
            }).get();
            System.out.println("after remove(): "
                    + pool.submit(() -> user.get()).get());
            // @end
        } finally {
            pool.shutdown();
        }
    }
}
