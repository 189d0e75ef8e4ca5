import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class PooledThreadLocal {

    static final ThreadLocal<String> user = ThreadLocal.withInitial(() -> "anonymous");

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();   // one thread, reused
        try {
            // @start region=leak
            pool.submit(() -> user.set("alice")).get();               // a task that forgets to clean up
            System.out.println("next task sees: " + pool.submit(() -> user.get()).get());
            // @end

            // @start region=clean
            pool.submit(() -> {
                user.set("bob");
                try {
                    return "handling a request for " + user.get();
                } finally {
                    user.remove();                                    // back to withInitial's value
                }
            }).get();
            System.out.println("after remove(): " + pool.submit(() -> user.get()).get());
            // @end
        } finally {
            pool.shutdown();
        }
    }
}
