import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A synchronous call returns the answer; an asynchronous call returns at once and calls
 * back later.
 */
public class Bookseller {
    // @start region=calls
    static final ExecutorService shop =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "bookseller"));

    /** Synchronous: the caller gets the answer as the return value. */
    static String lookUp(String title) {
        // "wait, let me check..."
        sleep(50);
        return title + ": in stock";
    }

    /** Asynchronous: returns at once; the answer arrives later through the callback. */
    static void lookUpAndCallBack(String title, Consumer<String> callback) {
        shop.execute(() -> callback.accept(lookUp(title)));
    }
    // @end

    public static void main(String[] args) throws Exception {
        // @start region=main
        // blocks until the answer is there
        String answer = lookUp("Distributed Systems");
        System.out.println("sync:  got '" + answer + "' as the return value");

        CountDownLatch phoned = new CountDownLatch(1);
        String[] call = new String[1];
        // runs later, on the shop's thread
        lookUpAndCallBack("Distributed Systems", result -> {
            call[0] = "on thread '" + Thread.currentThread().getName() + "': " + result;
            phoned.countDown();
        });
        System.out.println("async: lookUpAndCallBack() returned, nothing in hand yet");
        // only so main does not exit first
        phoned.await();
        System.out.println("async: the bookseller phoned back " + call[0]);
        // @end

        // @start region=pid
        // Pool.apply_async(func=test, callback=test2): here both run in main's process
        long mainPid = ProcessHandle.current().pid();
        long[] pids = new long[2];
        CompletableFuture
                .supplyAsync(() -> {
                    pids[0] = ProcessHandle.current().pid();
                    return "hahah";
                }, shop)
                .thenAccept(r -> pids[1] = ProcessHandle.current().pid())
                .join();
        System.out.println("task, callback and main in one process: "
                + (pids[0] == mainPid && pids[1] == mainPid));
        // @end
        shop.shutdown();
        shop.awaitTermination(5, TimeUnit.SECONDS);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
